import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '../import/import-file';
import { checkLibrary } from './check-library';

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
