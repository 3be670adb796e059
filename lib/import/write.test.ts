import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { noticePage } from '../../e2e/fixtures/import/notice-page';
import { folderSnapshot } from './folder-snapshot';
import { importFile } from './import-file';
import { writeImport } from './write';

const GBK_NOTICE = 'e2e/fixtures/import/mou-xian-fire-notice.gbk.txt';
const now = new Date('2026-03-01T23:30:00Z');
let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'import-write-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(root, { recursive: true, force: true });
});
const dir = () => path.join(root, 'documents/fire');
const importNotice = (force: boolean) => importFile({ file: GBK_NOTICE, slug: 'fire', contentRoot: root, force, now });

describe('writeImport', () => {
  it('heads document.yaml with where the text came from and the day, and flags no summary on a first import', async () => {
    const { written } = await importNotice(false);
    expect(fs.readFileSync(path.join(dir(), 'document.yaml'), 'utf8')).toMatch(
      /^# Imported by `npm run import` from mou-xian-fire-notice\.gbk\.txt \(GB18030 text\) on 2026-03-01\.\n# Text as published: see content\/README\.md before editing\.\n\ntitle:\n/,
    );
    expect(written.flaggedSummaries).toEqual([]);
    expect(written.unusedTerms).toEqual([]);
    expect(written.changes).toBeUndefined();
  });

  it('on a re-import says so, swaps the new folder in and carries over the files it does not write', async () => {
    await importNotice(false);
    fs.writeFileSync(path.join(dir(), 'glossary.yaml'), '- term: 森林防火\n  zh: 防止森林起火。\n  en: Preventing forest fires.\n');
    fs.writeFileSync(path.join(dir(), 'sections/stray.yaml'), 'id: stray\n');
    await importNotice(true);
    expect(fs.readFileSync(path.join(dir(), 'document.yaml'), 'utf8')).toMatch(/^# Re-imported by `npm run import` from mou-xian-fire-notice\.gbk\.txt \(GB18030 text\) on 2026-03-01\.\n/);
    expect(fs.readFileSync(path.join(dir(), 'glossary.yaml'), 'utf8')).toBe('- term: 森林防火\n  zh: 防止森林起火。\n  en: Preventing forest fires.\n');
    expect(fs.existsSync(path.join(dir(), 'sections/stray.yaml'))).toBe(false);
    expect(fs.readdirSync(path.join(root, 'documents'))).toEqual(['fire']);
  });

  it('keeps an unchanged section file as the editor left it, comments and all', async () => {
    await importNotice(false);
    const file = path.join(dir(), 'sections/3.yaml');
    const edited = `# 已校对：张编辑\n${fs.readFileSync(file, 'utf8')}`;
    fs.writeFileSync(file, edited);
    const { written } = await importNotice(true);
    expect(written.changes?.changed).toEqual([]);
    expect(fs.readFileSync(file, 'utf8')).toBe(edited);
  });

  it('replaces the stored source when the new one is of another kind, and clears a swap left over', async () => {
    await importNotice(false);
    fs.mkdirSync(path.join(root, 'documents/.fire.importing-previous/sections'), { recursive: true });
    const page = path.join(root, 'notice.html');
    fs.writeFileSync(page, noticePage());
    await importFile({ file: page, slug: 'fire', contentRoot: root, force: true, now });
    expect(fs.readdirSync(dir()).filter((file) => file.startsWith('source'))).toEqual(['source.html']);
    expect(fs.readdirSync(path.join(root, 'documents'))).toEqual(['fire']);
  });

  it('clears a folder left half-built by an import that stopped', async () => {
    const stage = path.join(root, 'documents/.fire.importing');
    fs.mkdirSync(path.join(stage, 'sections'), { recursive: true });
    fs.writeFileSync(path.join(stage, 'sections/stale.yaml'), 'id: stale\n');
    await importNotice(false);
    expect(fs.existsSync(path.join(dir(), 'sections/stale.yaml'))).toBe(false);
    expect(fs.readdirSync(path.join(root, 'documents'))).toEqual(['fire']);
  });

  it('writes nothing when a file fails half-way', async () => {
    const { document } = await importNotice(false);
    fs.rmSync(dir(), { recursive: true });
    const request = {
      contentRoot: root,
      slug: 'fire',
      document,
      record: () => {
        throw new Error('no record');
      },
      source: { bytes: new Uint8Array([1]), ext: '.txt', name: 'x.txt', encoding: 'UTF-8 text' },
      force: false,
      now,
    };
    expect(() => writeImport(request)).toThrow(/^no record$/);
    expect(fs.readdirSync(path.join(root, 'documents'))).toEqual([]);
  });

  it('puts the old folder back, whole, when the new one cannot be renamed into its place', async () => {
    await importNotice(false);
    fs.writeFileSync(path.join(dir(), 'glossary.yaml'), '- term: 森林防火\n  zh: 防止森林起火。\n  en: Preventing forest fires.\n');
    const before = folderSnapshot(dir());
    expect(Object.keys(before)).toContain('glossary.yaml');
    // The file system refuses the one rename that swaps the new folder in (as a virus scanner holding a file open
    // does on Windows); a permission cannot make a rename fail for root, so the fault is injected here.
    const stage = path.join(root, 'documents/.fire.importing');
    const rename = fs.renameSync;
    vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      if (from === stage && to === dir()) throw Object.assign(new Error(`EBUSY: resource busy or locked, rename '${stage}'`), { code: 'EBUSY' });
      rename(from, to);
    });
    await expect(importNotice(true)).rejects.toThrow(`EBUSY: resource busy or locked, rename '${stage}'`);
    expect(folderSnapshot(dir())).toEqual(before);
    expect(fs.readFileSync(path.join(dir(), 'document.yaml'), 'utf8')).toMatch(/^# Imported by `npm run import`/);
    expect(fs.readdirSync(path.join(root, 'documents'))).toEqual(['fire']);
  });
});
