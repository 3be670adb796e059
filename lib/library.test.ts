import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JINNAN_DIR } from './content/source-text';
import { editionOf, loadLibrary } from './library';

/** A content root holding copies of the first document under the given folder names, edited as asked. */
function rootWith(copies: Record<string, (dir: string) => void>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'library-'));
  for (const [name, edit] of Object.entries(copies)) {
    const dir = path.join(root, 'documents', name);
    fs.cpSync(JINNAN_DIR, dir, { recursive: true });
    edit(dir);
  }
  return root;
}
const rewrite = (file: string, from: string | RegExp, to: string) => fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(from, to));
const keep = () => {};

describe('the library', () => {
  it('publishes only the real documents: the production content holds the first document and no test document', () => {
    expect(loadLibrary([path.resolve('content')]).map((document) => document.slug)).toEqual(['jinnan-fazhi-2024']);
    const fixtures = fs.readdirSync('e2e/fixtures/import');
    expect(fixtures.length).toBeGreaterThanOrEqual(1);
    for (const name of fs.readdirSync('content/documents')) expect(fixtures.join(' ')).not.toContain(name);
  });

  it('lists documents newest first, across content roots', () => {
    const older = rootWith({ 'older-report': (dir) => rewrite(path.join(dir, 'document.yaml'), 'published: "2025-02-28"', 'published: "2023-01-05"') });
    const newer = rootWith({ 'newer-report': (dir) => rewrite(path.join(dir, 'document.yaml'), 'published: "2025-02-28"', 'published: "2026-03-01"') });
    expect(loadLibrary([older, path.resolve('content'), newer]).map((d) => d.slug)).toEqual(['newer-report', 'jinnan-fazhi-2024', 'older-report']);
  });

  it('names the document, the file and the field of a content mistake', () => {
    const root = rootWith({
      broken: (dir) => rewrite(path.join(dir, 'summaries/business-environment.yaml'), '收集问题731个', '收集问题732个'),
    });
    expect(() => loadLibrary([root])).toThrow(/documents\/broken\/summaries\/business-environment\.yaml[\s\S]*number not in the section's original text — zh: 732/);
    const badField = rootWith({ 'bad-field': (dir) => rewrite(path.join(dir, 'document.yaml'), 'published: "2025-02-28"', 'published: "28.2.2025"') });
    expect(() => loadLibrary([badField])).toThrow(/documents\/bad-field\/document\.yaml[\s\S]*published: must be a date/);
  });

  it('refuses a folder name that is not a URL, is a page of the site, or is taken', () => {
    expect(() => loadLibrary([rootWith({ 'Jinnan 2024': keep })])).toThrow(/Jinnan 2024[\s\S]*lowercase letters and digits/);
    expect(() => loadLibrary([rootWith({ help: keep })])).toThrow(/"help" is a page of the site/);
    expect(() => loadLibrary([path.resolve('content'), rootWith({ 'jinnan-fazhi-2024': keep })])).toThrow(/also used by content\/documents\/jinnan-fazhi-2024/);
  });

  it('reads a document without summaries or glossary as a normal document, and sets aside a summary waiting for review', () => {
    const root = rootWith({
      plain: (dir) => {
        fs.rmSync(path.join(dir, 'summaries'), { recursive: true });
        fs.rmSync(path.join(dir, 'glossary.yaml'));
      },
      flagged: (dir) => rewrite(path.join(dir, 'summaries/oversight.yaml'), /^section: oversight$/m, 'section: oversight\nreview: 原文已更改，请核对本摘要'),
    });
    const [flagged, plain] = loadLibrary([root]);
    expect(plain.summaries.shown.size).toBe(0);
    expect(plain.glossary).toEqual([]);
    expect(plain.report.sections).toHaveLength(15);
    expect(flagged.summaries.shown.has('oversight')).toBe(false);
    expect(flagged.summaries.shown.size).toBe(14);
    expect([...flagged.summaries.flagged]).toEqual([['oversight', '原文已更改，请核对本摘要']]);
    expect(editionOf(flagged, 'zh-Hant').summaries.has('oversight')).toBe(false);
  });
});
