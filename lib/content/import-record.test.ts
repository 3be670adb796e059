import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '../import/import-file';
import { checkLibrary } from './check-library';
import { coverWarnings } from './import-record';
import type { Report } from './load-report';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'import-record-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

// A news page saved as text: no title-like line (its headline has 「！」), no issuer, no date anywhere.
const file = path.join(root, 'news.txt');
fs.writeFileSync(file, '好消息！我县启动秋季义诊\n今年秋季，县医院将走进各乡镇。\n义诊免费。\n');
await importFile({ file, slug: 'clinic', contentRoot: root, force: false });
const dir = path.join(root, 'documents/clinic');
const check = () => checkLibrary([root]).find((c) => c.dir === dir)!;

describe('check-content and what the importer guessed', () => {
  it('warns, and does not fail, on a guessed title and a missing issuer and date, naming where to fix each', () => {
    expect(check().errors).toEqual([]);
    expect(check().warnings).toEqual([
      'document.yaml: no issuer was found; add `issuer:` as the document prints it',
      'document.yaml: no publication date was found; add `published: YYYY-MM-DD`',
      'document.yaml: the title 「好消息！我县启动秋季义诊」 was guessed from the first line; check it, and once it is right delete `guessed: true` under facts.title in import.yaml',
    ]);
  });

  it('stops warning about a field once the editor has corrected it', () => {
    const cover = path.join(dir, 'document.yaml');
    const text = fs.readFileSync(cover, 'utf8');
    fs.writeFileSync(cover, text.replace('  - 好消息！我县启动秋季义诊', '  - 我县启动秋季义诊').replace(/^parts:/m, 'issuer: 某县卫生健康委员会\npublished: "2025-09-01"\nparts:'));
    expect(check().warnings).toEqual([]);
  });

  it('says once that an unreadable import.yaml leaves the guesses unchecked, and nothing of a missing one', () => {
    const record = path.join(dir, 'import.yaml');
    fs.writeFileSync(record, 'facts: [1, 2\n');
    expect(check().warnings).toEqual(["import.yaml cannot be read; the cover's guesses are not checked (re-import to write it again)"]);
    fs.rmSync(record);
    expect(check().warnings).toEqual([]);
  });
});

describe('the guesses import.yaml records, as an editor may leave or change it', () => {
  const cover = { title: ['关于提高', '基础养老金的通知'], issuer: '某县人力资源和社会保障局', published: '2025-09-01' } as Report;
  const warnings = (record: string) => {
    const folder = fs.mkdtempSync(path.join(root, 'record-'));
    fs.writeFileSync(path.join(folder, 'import.yaml'), record);
    return coverWarnings(folder, cover);
  };

  it('names a guessed title of two lines as the reader sees it, in one line', () => {
    expect(warnings('facts:\n  title: { value: [关于提高, 基础养老金的通知], from: the first lines, guessed: true }\n')).toEqual([
      'document.yaml: the title 「关于提高基础养老金的通知」 was guessed from the first lines; check it, and once it is right delete `guessed: true` under facts.title in import.yaml',
    ]);
  });

  it('says nothing of a record without facts, or with facts only for fields nobody guessed', () => {
    expect(warnings('source: notice.docx\n')).toEqual([]);
    expect(warnings('facts:\n  title: { value: [关于提高, 基础养老金的通知], from: the document properties }\n')).toEqual([]);
  });

  it('says nothing of a guess for a field the editor has since removed', () => {
    expect(warnings('facts:\n  documentNumber: { value: 某人社发〔2025〕18号, from: the first page, guessed: true }\n')).toEqual([]);
  });

  it('says a record of the wrong shape cannot be read, rather than checking nothing in silence', () => {
    const unreadable = ["import.yaml cannot be read; the cover's guesses are not checked (re-import to write it again)"];
    expect(warnings('facts: [title, issuer]\n')).toEqual(unreadable);
    expect(warnings('facts:\n  issuer: { value: 1, from: the first page, guessed: true }\n')).toEqual(unreadable);
  });
});
