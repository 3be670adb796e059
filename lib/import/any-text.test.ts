import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../content/load-document';
import { ImportError } from './import-error';
import { importFile } from './import-file';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'import-any-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

// The pieces public documents are made of, so that the generated texts meet the finders' edge cases often:
// numbers of every family, dates, issuers, questions, chrome and metadata, among plain hanzi and punctuation.
const pieces = fc.constantFrom(
  '一、', '二、', '三、', '（一）', '（二）', '（三）', '1.', '2.', '3、', '（1）', '①', '②', '第一章', '第二章', '第一节', '第一条',
  '第二条', '第十一条', '步骤1：', '步骤2：', '附件：', '附件', '抄送：', '印发', '2025年3月1日', '二〇二五年三月一日', '2025-03-01 10:00',
  '某县人民政府', '某市民政局', '关于', '的通知', '办法', '？', '！', '。', '，', '；', '：', '、', '（此件公开发布）', '来源：', '发布机构：',
  '首页 > 政务公开', '上一篇：', '分享到：', '网站地图', '某政发〔2025〕3号', '　', ' ', '20元', '28.05%', 'ABC', '“', '”', '《', '》',
);
const hanzi = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((code) => String.fromCodePoint(code)), minLength: 1, maxLength: 12 });
const line = fc.array(fc.oneof(pieces, hanzi), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
const text = fc.tuple(fc.array(line, { minLength: 1, maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\n\n'));

// What 29 allows a refusal for: no text at all (only whitespace) — never a missing heading, issuer or date.
const REFUSALS = [/^the file (?:is empty|holds no text)/];

describe('any text of CJK lines', () => {
  it('imports into a folder the site loads, or is refused for having no text', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(text, async ([lines, newline]) => {
        const file = path.join(root, `any-${++n}.txt`);
        fs.writeFileSync(file, lines.join(newline));
        try {
          await importFile({ file, slug: `doc-${n}`, contentRoot: root, force: false });
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
          expect(REFUSALS.some((reason) => reason.test((error as Error).message)), (error as Error).message).toBe(true);
          return;
        }
        // What the importer wrote is a document the site reads: no text can make the build fail.
        const document = loadDocument(path.join(root, 'documents', `doc-${n}`));
        expect(document.report.sections.length).toBeGreaterThan(0);
      }),
      { seed: 20261203, numRuns: 150 },
    );
  });
});
