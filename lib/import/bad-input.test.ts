import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { folderSnapshot } from './folder-snapshot';
import { importFile } from './import-file';

const GBK_NOTICE = 'e2e/fixtures/import/mou-xian-fire-notice.gbk.txt';
let root: string;
let inputs: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'import-bad-root-'));
  inputs = fs.mkdtempSync(path.join(os.tmpdir(), 'import-bad-input-'));
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(inputs, { recursive: true, force: true });
});

/** Imports bytes saved under `name`; the import must fail with `reason` and leave the content root empty. */
async function refused(name: string, bytes: Uint8Array | string, reason: string | RegExp) {
  const file = path.join(inputs, name);
  fs.writeFileSync(file, bytes);
  await expect(importFile({ file, slug: 'notice', contentRoot: root, force: false })).rejects.toThrow(reason);
  expect(fs.readdirSync(root)).toEqual([]);
}

describe('bad input stops the import with one reason and writes nothing', () => {
  it('an empty file', () => refused('empty.txt', '', 'the file is empty'));

  it('a binary file', () =>
    refused('scan.txt', Buffer.from('89504e470d0a1a0a0000000d4948445200000010', 'hex'), 'the file is not text: it is a PNG image'));

  it('random bytes with NULs', () =>
    refused('random.txt', Buffer.from('3a00f1b2009c4e00d7ff1200a5', 'hex'), 'the file is not text: it holds binary data'));

  it('undecodable bytes: valid as neither UTF-8 nor GB18030', () =>
    refused('broken.txt', Buffer.from('c4b3cfd8ffffcda8d6aa', 'hex'), 'the file is neither UTF-8 nor GB18030/GBK text'));

  it('undecodable bytes: GB18030 that decodes to private-use characters', () =>
    refused('private.txt', Buffer.from('aaa1aaa2aaa3aaa4a140a141a142', 'hex'), /does not decode to readable text/));

  it('a text with no recognisable structure', () =>
    refused('essay.txt', '秋天到了\n今天天气很好，我们去公园散步。\n公园里的菊花开了。\n', 'no recognisable structure'));

  it('a text with parts but no title', () =>
    refused('untitled.txt', '为做好检查工作，通知如下：\n一、检查内容\n检查农机。\n', 'no title found'));

  it('a .docx that is not a Word file', () =>
    refused('notice.docx', '这不是Word文件', /^the file is not a readable Word \.docx/));

  it('a file of another kind', () => refused('notice.pdf', '%PDF-1.4', 'give a .txt or a .docx file'));

  it('a slug that would not make a URL', async () => {
    await expect(importFile({ file: GBK_NOTICE, slug: 'Fire Notice', contentRoot: root, force: false })).rejects.toThrow(
      'the slug "Fire Notice" must be lowercase letters and digits joined by hyphens',
    );
    expect(fs.readdirSync(root)).toEqual([]);
  });

  it('an existing slug without --force, leaving the folder byte for byte as it was', async () => {
    await importFile({ file: GBK_NOTICE, slug: 'notice', contentRoot: root, force: false });
    const dir = path.join(root, 'documents/notice');
    fs.writeFileSync(path.join(dir, 'glossary.yaml'), '- term: 森林防火\n');
    const before = folderSnapshot(root);
    await expect(
      importFile({ file: 'content/documents/jinnan-fazhi-2024/source.txt', slug: 'notice', contentRoot: root, force: false }),
    ).rejects.toThrow(`${dir} already exists: add --force to import over it`);
    expect(folderSnapshot(root)).toEqual(before);
  });
});
