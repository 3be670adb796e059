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

  it('a text that is all site chrome', () =>
    refused('menu.txt', '首页 > 政务公开 > 通知公告\n分享到：\n网站地图 | 联系我们\n', /^the file holds no text of a document/));

  it('a .docx that is not a Word file', () => refused('notice.docx', '这不是Word文件', /^the file is not a Word \.docx: /));

  it('a .pdf that is not a PDF', () => refused('notice.pdf', '这不是PDF文件', /^the file is not a PDF: /));

  it('a .html that is not a web page', () => refused('notice.html', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), /^the file is not a web page: it is a PNG image/));

  it('text with a control character: a terminal’s colour codes pasted in', () =>
    refused(
      'notice.txt',
      '关于做好冬季供暖工作的通知\n各街道：\n\x1b[31m请于11月15日前完成检修。\x1b[0m\n',
      'the text holds the control character U+001B at line 3, which no document has: not read',
    ));

  it('a web page whose text holds a control character', () =>
    refused(
      'notice.html',
      '<!doctype html><meta charset="utf-8"><title>通知</title><article><h1>关于做好冬季供暖工作的通知</h1><p>各街道：请于11月15日前\x07完成检修。</p></article>',
      /^the text holds the control character U\+0007 at element \d+, which no document has: not read$/,
    ));

  it('a file of another kind', () => refused('notice.doc', '旧版Word', 'give a .txt, .docx, .html or .pdf file'));

  it('a file over the size limit, before a byte of it is read as text', async () => {
    process.env.IMPORT_MAX_MB = '0.001';
    try {
      await refused('large.txt', '一、总体要求\n'.repeat(200), /^the file is 0\.0036 MB, more than the 0\.001 MB the importer reads \(IMPORT_MAX_MB\)$/);
    } finally {
      delete process.env.IMPORT_MAX_MB;
    }
  });

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
