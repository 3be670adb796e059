import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from './content-error';
import { loadDocument } from './load-document';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A document folder written here, as an editor would: one section holding `blocks` (YAML). */
function folder(blocks: string, extra: Record<string, string> = {}) {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blocks-'));
  fs.mkdirSync(path.join(dir, 'sections'));
  fs.writeFileSync(path.join(dir, 'document.yaml'), 'title: [关于提高基础养老金的政策解读]\nparts:\n  - id: part-1\n    heading: 一、调整标准\n    sections: [standards]\n');
  fs.writeFileSync(path.join(dir, 'sections/standards.yaml'), `id: standards\nblocks:\n${blocks}`);
  for (const [file, text] of Object.entries(extra)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const problems = (load: () => unknown) => {
  try {
    load();
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('loaded without a problem');
};

const TABLE = `  - id: standards-1
    text: 调整标准如下：
  - id: standards-2
    table:
      caption: 城乡居民基础养老金调整标准
      head:
        - [年龄段, 每月增加金额, 调整后每月基础养老金]
      rows:
        - [60周岁至64周岁, 20元, 230元]
        - [65周岁至69周岁, 25元, 245元]
      rowHeaders: true
  - id: standards-3
    list:
      ordered: true
      items:
        - marker: "1."
          text: 带上身份证。
        - marker: "2."
          text: 到社区窗口办理。
`;

describe('a section of paragraphs, lists and tables', () => {
  it('reads each block as its kind, from the key it carries, cells as text', () => {
    const { report } = loadDocument(folder(TABLE));
    const [paragraph, table, list] = report.sections[0].blocks;
    expect(paragraph).toEqual({ kind: 'paragraph', id: 'standards-1', text: '调整标准如下：' });
    expect(table).toMatchObject({ kind: 'table', table: { caption: '城乡居民基础养老金调整标准', rowHeaders: true } });
    expect(table.kind === 'table' && table.table.rows[1]).toEqual([{ text: '65周岁至69周岁' }, { text: '25元' }, { text: '245元' }]);
    expect(list).toMatchObject({ kind: 'list', list: { ordered: true, items: [{ marker: '1.', text: '带上身份证。' }, { marker: '2.', text: '到社区窗口办理。' }] } });
  });

  it('holds a summary to the numbers in the section’s table', () => {
    const summary = (value: string) =>
      `section: standards\nzh:\n  headline: 基础养老金提高了。\n  points: [一。, 二。, 三。]\n  numbers: [{ value: "${value}", unit: 元, meaning: 65岁起每月加的钱 }]\nen:\n  headline: It went up.\n  points: [One., Two., Three.]\n  numbers: []\n`;
    expect(loadDocument(folder(TABLE, { 'summaries/standards.yaml': summary('25') })).summaries.shown.size).toBe(1);
    expect(problems(() => loadDocument(folder(TABLE, { 'summaries/standards.yaml': summary('26') })))).toEqual([
      'number not in the section\'s original text — zh: 26 in 「26」',
    ]);
  });

  it('reads a section written before blocks, whose paragraphs are under `paragraphs`', () => {
    dir = folder('');
    fs.writeFileSync(path.join(dir, 'sections/standards.yaml'), 'id: standards\nparagraphs:\n  - id: standards-1\n    text: 调整标准如下。\n');
    expect(loadDocument(dir).report.sections[0].blocks).toEqual([{ kind: 'paragraph', id: 'standards-1', text: '调整标准如下。' }]);
  });
});

describe('a mistake inside a block is named by its file, block and field', () => {
  it.each([
    [
      'a row short of a cell',
      '  - id: standards-1\n    table:\n      rows:\n        - [a, b, c]\n        - [d, e]\n',
      'blocks.0.table.rows.1: fills 2 columns where the first row fills 3',
    ],
    ['a number not quoted', '  - id: standards-1\n    table:\n      rows:\n        - [年龄, 20]\n', 'blocks.0.table.rows.0.1: a cell must be text, or an object with text (write numbers in quotes, e.g. "20")'],
    ['a lead that is not how the text starts', '  - id: standards-1\n    text: 免交租金。经认定的免交。\n    lead: 减半。\n', 'blocks.0.lead: "减半。" is not how the text starts'],
    ['a list with no items', '  - id: standards-1\n    list:\n      ordered: false\n      items: []\n', 'blocks.0.list.items: a list needs at least one item'],
    ['a table of empty cells', '  - id: standards-1\n    table:\n      rows:\n        - ["", ""]\n', 'blocks.0.holds no text'],
    [
      'a note whose quote is not in its cell',
      '  - id: standards-1\n    table:\n      rows:\n        - [{ text: 20元, notes: [{ quote: 30元, note: { zh: 原文如此。, en: As printed. } }] }]\n',
      'blocks.0.table.rows.0.0.notes: quote "30元" does not occur in the text',
    ],
    ['a block whose id does not name its section', '  - id: other-1\n    text: 一段。\n', 'blocks.0.id: "other-1" must start with "standards-"'],
    [
      'a block whose id a table row already takes',
      '  - id: standards-1\n    table:\n      rows:\n        - [a]\n  - id: standards-1-r1\n    text: b\n',
      'blocks.1.id: "standards-1-r1" is also the id of sections/standards.yaml blocks.0 (row 1)',
    ],
  ])('%s', (_, blocks, problem) => {
    const error = (() => {
      try {
        loadDocument(folder(blocks));
      } catch (e) {
        return e as ContentError;
      }
    })();
    expect(error).toBeInstanceOf(ContentError);
    expect(error!.file).toMatch(/sections\/standards\.yaml$/);
    expect(error!.problems).toContain(problem);
  });
});

const PART = '  - id: part-1\n    heading: 一、调整标准\n    sections: [standards]\n';
const documentYaml = (rest: string, parts = PART) => `title: [关于提高基础养老金的政策解读]\n${rest}parts:\n${parts}`;

describe('a mistake across a document’s files is named, and what is right loads', () => {
  it.each([
    ['a section listed twice', { 'document.yaml': documentYaml('', PART.replace('[standards]', '[standards, standards]')) }, 'section "standards" is listed more than once'],
    ['a section file no part lists', { 'sections/other.yaml': 'id: other\nblocks:\n  - id: other-1\n    text: 另一段。\n' }, 'sections/other.yaml is not listed in introduction or parts'],
    ['no section listed at all', { 'document.yaml': 'title: [关于提高基础养老金的政策解读]\nparts: []\n' }, 'lists no sections: name the introduction, or parts with their sections'],
    [
      'a part without a heading whose section has no name either',
      { 'document.yaml': documentYaml('', '  - id: part-1\n    sections: [standards]\n') },
      'parts.0: sections/standards.yaml needs a heading or a title, as its part has no heading',
    ],
    [
      'a note on the closing date whose quote is not in it',
      { 'document.yaml': documentYaml('closing:\n  date:\n    text: 2025年9月10日\n    notes: [{ quote: 2025年9月9日, note: { zh: 原文如此。, en: As printed. } }]\n') },
      'closing.date.notes: quote "2025年9月9日" does not occur in the text',
    ],
  ])('%s', (_, extra, problem) => {
    expect(problems(() => loadDocument(folder(TABLE, extra)))).toContain(problem);
  });

  it('names a number in the document’s one-line summary that its text does not have', () => {
    const summary = (zh: string, en: string) => ({ 'document.yaml': documentYaml(`summary: { zh: "${zh}", en: "${en}" }\n`) });
    expect(loadDocument(folder(TABLE, summary('65岁起每月多20元。', 'From 65 on, 20 yuan more a month.'))).report.summary?.zh).toBe('65岁起每月多20元。');
    expect(problems(() => loadDocument(folder(TABLE, summary('每月多30元。', 'Up 30 yuan.'))))).toEqual([
      "summary: number not in the document's text — 30 in 「每月多30元。」",
      "summary: number not in the document's text — 30 in 「Up 30 yuan.」",
    ]);
  });

  it('names a glossary term the text does not have, and a term listed twice', () => {
    const glossary = (...terms: string[]) => ({ 'glossary.yaml': terms.map((term) => `- { term: ${term}, zh: 解释。, en: Meaning. }\n`).join('') });
    expect(loadDocument(folder(TABLE, glossary('身份证'))).glossary.map((entry) => entry.term)).toEqual(['身份证']);
    expect(problems(() => loadDocument(folder(TABLE, glossary('养老保险'))))).toEqual(['0.term: 「养老保险」 does not occur in the document']);
    expect(problems(() => loadDocument(folder(TABLE, glossary('身份证', '身份证'))))).toEqual(['1.term: 「身份证」 is listed twice']);
  });

  it('names a section without a heading by its title, and passes over a file in sections/ that is not YAML', () => {
    dir = folder(TABLE, { 'document.yaml': documentYaml('', '  - id: part-1\n    sections: [standards]\n'), 'sections/notes.txt': '编辑备忘' });
    fs.writeFileSync(path.join(dir, 'sections/standards.yaml'), `id: standards\ntitle: 调整标准\nblocks:\n${TABLE}`);
    expect(loadDocument(dir).report.sections.map((section) => section.title)).toEqual(['调整标准']);
  });
});
