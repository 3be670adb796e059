import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editionOf } from '@/lib/library';
import { loadDocument } from './load-document';

// The 繁體 edition must convert every Chinese text a reader sees, not only the paragraphs: the cover's facts, the
// salutation, attachments, closing, 附注 and 版记, every block, the number cards' units and meanings, the glossary.
// A document written here uses, in every such field, characters that exist only in simplified Chinese; none may
// be left in the edition. The list is written by hand (each with its traditional form), not taken from OpenCC.
const SIMPLIFIED_ONLY = '县区个发关办处请报财务联电话养龄补贴标准岁说员门为这们项计';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hant-'));
const dir = path.join(root, 'every-field-hant');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const files: Record<string, string> = {
  'document.yaml': `title: [某县民政局关于发放高龄补贴的通知]
documentNumber: 某民发〔2025〕18号
issuer: 某县民政局
source: 某县人民政府门户网站
summary: { zh: 这是关于高龄补贴的通知。, en: A notice on old-age allowances. }
salutation: 各乡镇人民政府、县直各有关单位：
parts:
  - id: part-1
    heading: 一、补贴标准
    sections: [standards]
attachments: [1.高龄补贴申请表]
closing:
  issuer: 某县民政局
  date: { text: 2025年9月10日 }
  disclosure: （此件公开发布）
  remarks: [（联系人：张三，联系电话：12345678）]
imprint: [抄送：县财政局。, 某县民政局办公室 2025年9月10日印发]
`,
  'sections/standards.yaml': `id: standards
title: 补贴标准
blocks:
  - id: standards-1
    text: 这项补贴按年龄发放。
    lead: 这项补贴
  - id: standards-2
    table:
      caption: 高龄补贴标准
      head:
        - [年龄段, 每月补贴]
      rows:
        - [80周岁至89周岁, "100元"]
        - [{ text: 说明：由乡镇办理, colspan: 2 }]
      rowHeaders: true
  - id: standards-3
    list:
      ordered: true
      items:
        - marker: "1."
          text: 本人到村委会提出申请。
        - marker: "2."
          text: 乡镇审核后报县民政局。
`,
  'summaries/standards.yaml': `section: standards
zh:
  headline: 80岁以上的老人每月有100元补贴。
  points: [补贴按年龄发放。, 到村委会申请。, 乡镇审核后报县里。]
  numbers:
    - { value: "100", unit: 元, meaning: 80周岁至89周岁每月补贴100元。 }
    - { value: "80", unit: 周岁, meaning: 满80周岁的老人可以申请。 }
en:
  headline: People over 80 get 100 yuan a month.
  points: [By age., Apply at the village committee., The township checks it.]
  numbers:
    - { value: "100", unit: yuan, meaning: 100 yuan a month for ages 80 to 89. }
    - { value: "80", unit: years, meaning: From the age of 80. }
`,
  'glossary.yaml': `- { term: 高龄补贴, zh: 发给高龄老人的生活补贴。, en: An allowance for the very old. }
`,
};
for (const [file, text] of Object.entries(files)) {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
}

/** Every string a reader of the Chinese edition sees, with where it is; English, ids and numbers left out. */
function chineseTexts(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (value instanceof Map) return [...value].flatMap(([key, item]) => chineseTexts(item, `${at}.${key}`));
  if (Array.isArray(value)) return value.flatMap((item, i) => chineseTexts(item, `${at}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .filter(([key]) => !['en', 'id', 'slug', 'lang', 'kind', 'section', 'value', 'published'].includes(key))
      .flatMap(([key, item]) => chineseTexts(item, `${at}.${key}`));
  }
  return [];
}

describe('the 繁體 edition converts everything', () => {
  const document = loadDocument(dir);
  const simplified = editionOf(document, 'zh-CN');
  const traditional = editionOf(document, 'zh-Hant');

  it('leaves no simplified-only character in any field', () => {
    const before = chineseTexts({ report: simplified.report, summaries: simplified.summaries, glossary: simplified.glossary });
    // The document does use them in each kind of field, so the check below has something to find.
    expect(before.filter(([, text]) => [...text].some((c) => SIMPLIFIED_ONLY.includes(c))).length).toBeGreaterThanOrEqual(25);
    const after = chineseTexts({ report: traditional.report, summaries: traditional.summaries, glossary: traditional.glossary });
    expect(after.length).toBe(before.length);
    expect(after.filter(([, text]) => [...text].some((c) => SIMPLIFIED_ONLY.includes(c)))).toEqual([]);
  });

  it('converts the fields a reader meets outside the text, as written by hand', () => {
    const { report, summaries, glossary } = traditional;
    expect(report.salutation).toBe('各鄉鎮人民政府、縣直各有關單位：');
    expect(report.attachments).toEqual(['1.高齡補貼申請表']);
    expect(report.closing?.issuer).toBe('某縣民政局');
    expect(report.closing?.remarks).toEqual(['（聯繫人：張三，聯繫電話：12345678）']);
    expect(report.imprint).toEqual(['抄送：縣財政局。', '某縣民政局辦公室 2025年9月10日印發']);
    expect(report.documentNumber).toBe('某民發〔2025〕18號');
    expect(summaries.get('standards')?.zh.numbers.map((n) => [n.value, n.unit, n.meaning])).toEqual([
      ['100', '元', '80週歲至89週歲每月補貼100元。'],
      ['80', '週歲', '滿80週歲的老人可以申請。'],
    ]);
    expect(glossary[0].term).toBe('高齡補貼');
  });
});
