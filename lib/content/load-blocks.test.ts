import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from './content-error';
import { documentText, loadDocument } from './load-document';

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
    [
      'a block whose id a table cell already takes',
      '  - id: standards-1\n    table:\n      rows:\n        - [a, b]\n  - id: standards-1-r1c2\n    text: c\n',
      'blocks.1.id: "standards-1-r1c2" is also the id of sections/standards.yaml blocks.0 (row 1, column 2)',
    ],
    [
      'a block whose id a list item already takes',
      '  - id: standards-1\n    list:\n      ordered: false\n      items: [{ text: a }, { text: b }]\n  - id: standards-1-i2\n    text: c\n',
      'blocks.1.id: "standards-1-i2" is also the id of sections/standards.yaml blocks.0 (item 2)',
    ],
    [
      'a note whose quote is not in its list item',
      '  - id: standards-1\n    list:\n      ordered: false\n      items:\n        - text: 带上身份证。\n        - { text: 到社区窗口办理。, notes: [{ quote: 街道, note: { zh: 原文如此。, en: As printed. } }] }\n',
      'blocks.0.list.items.1.notes: quote "街道" does not occur in the text',
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
      'a part without a heading listing a section that is not there',
      { 'document.yaml': documentYaml('', '  - id: part-1\n    sections: [standards, eligibility]\n') },
      'section "eligibility" is listed but sections/eligibility.yaml does not exist',
    ],
    [
      'a note on the closing date whose quote is not in it',
      { 'document.yaml': documentYaml('closing:\n  date:\n    text: 2025年9月10日\n    notes: [{ quote: 2025年9月9日, note: { zh: 原文如此。, en: As printed. } }]\n') },
      'closing.date.notes: quote "2025年9月9日" does not occur in the text',
    ],
  ])('%s', (_, extra, problem) => {
    expect(problems(() => loadDocument(folder(TABLE, extra)))).toContain(problem);
  });

  it('names a section file whose id is not its file name, and a section id another section’s block takes', () => {
    dir = folder(TABLE);
    fs.writeFileSync(path.join(dir, 'sections/standards.yaml'), `id: standard\nblocks:\n${TABLE}`);
    expect(problems(() => loadDocument(dir))).toContain('id "standard" does not match the file name');
    fs.rmSync(dir, { recursive: true });

    const twoSections = '  - id: part-1\n    heading: 一、调整标准\n    sections: [standards, standards-1]\n';
    dir = folder(TABLE, {
      'document.yaml': documentYaml('', twoSections),
      'sections/standards-1.yaml': 'id: standards-1\nblocks:\n  - id: standards-1-1\n    text: 另一节。\n',
    });
    expect(problems(() => loadDocument(dir))).toEqual(['blocks.0.id: "standards-1" is also the id of sections/standards-1.yaml id']);
  });

  it('names each listed section of a document that has no sections folder, and nothing else', () => {
    dir = folder(TABLE);
    fs.rmSync(path.join(dir, 'sections'), { recursive: true });
    expect(problems(() => loadDocument(dir))).toEqual(['section "standards" is listed but sections/standards.yaml does not exist']);
  });

  it('refuses a section file that is empty or only a line of text, naming it', () => {
    for (const text of ['', '一段文字\n']) {
      dir = folder(TABLE);
      fs.writeFileSync(path.join(dir, 'sections/standards.yaml'), text);
      const error = (() => {
        try {
          loadDocument(dir);
        } catch (e) {
          return e;
        }
      })();
      expect(error, JSON.stringify(text)).toBeInstanceOf(ContentError);
      expect((error as ContentError).file).toMatch(/sections\/standards\.yaml$/);
      fs.rmSync(dir, { recursive: true });
    }
  });

  it('loads a part without a heading whose sections have their own, and a document of an introduction alone', () => {
    dir = folder(TABLE, { 'document.yaml': documentYaml('', '  - id: part-1\n    sections: [standards]\n') });
    fs.writeFileSync(path.join(dir, 'sections/standards.yaml'), `id: standards\nheading: 一、调整标准\nblocks:\n${TABLE}`);
    expect(loadDocument(dir).report.sections.map((section) => section.heading)).toEqual(['一、调整标准']);
    fs.rmSync(dir, { recursive: true });

    dir = folder(TABLE, { 'document.yaml': 'title: [关于提高基础养老金的政策解读]\nintroduction: standards\n' });
    const { report } = loadDocument(dir);
    expect(report.parts).toEqual([]);
    expect(report.sections.map((section) => section.id)).toEqual(['standards']);
  });

  it('names document.yaml for a mistake in its one-line summary or its closing date', () => {
    const closing = 'closing:\n  date:\n    text: 2025年9月10日\n    notes: [{ quote: 9月9日, note: { zh: 原文如此。, en: As printed. } }]\n';
    for (const rest of ['summary: { zh: 每月多30元。, en: Up 30 yuan. }\n', closing]) {
      dir = folder(TABLE, { 'document.yaml': documentYaml(rest) });
      expect(() => loadDocument(dir)).toThrow(/document\.yaml:\n/);
      fs.rmSync(dir, { recursive: true });
    }
  });

  it('names a summary for a section the document does not have, or that names another section, and passes over a file that is not YAML', () => {
    const summary = (section: string) =>
      `section: ${section}\nzh:\n  headline: 基础养老金提高了。\n  points: [一。, 二。, 三。]\n  numbers: []\nen:\n  headline: It went up.\n  points: [One., Two., Three.]\n  numbers: []\n`;
    expect(problems(() => loadDocument(folder(TABLE, { 'summaries/eligibility.yaml': summary('eligibility') })))).toEqual([
      'matches no section of the document (no sections/eligibility.yaml)',
    ]);
    fs.rmSync(dir, { recursive: true });
    expect(problems(() => loadDocument(folder(TABLE, { 'summaries/standards.yaml': summary('eligibility') })))).toEqual([
      'section: "eligibility" does not match the file name',
    ]);
    fs.rmSync(dir, { recursive: true });
    const loaded = loadDocument(folder(TABLE, { 'summaries/standards.yaml': summary('standards'), 'summaries/notes.txt': '编辑备忘：下周改' }));
    expect([...loaded.summaries.shown.keys()]).toEqual(['standards']);
  });

  it('finds a glossary term only within one text, not across the end of one paragraph and the start of the next', () => {
    // 「如下：城乡」 would be found in the paragraph 「调整标准如下：」 run into the caption 「城乡居民…」.
    expect(problems(() => loadDocument(folder(TABLE, { 'glossary.yaml': '- { term: 如下：城乡, zh: 解释。, en: Meaning. }\n' })))).toEqual([
      '0.term: 「如下：城乡」 does not occur in the document',
    ]);
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

describe('the document’s text, for the check of its one-sentence summary', () => {
  it('lists the title, the part headings and the sections’ texts, a part without a heading adding none', () => {
    const cover = 'title: [关于提高基础养老金的政策解读]\nparts:\n  - id: part-1\n    sections: [standards]\n';
    const section = 'id: standards\nheading: 一、调整标准\nblocks:\n  - id: standards-1\n    text: 按年龄段分档提高。\n';
    const { report } = loadDocument(folder('', { 'document.yaml': cover, 'sections/standards.yaml': section }));
    expect(documentText(report)).toEqual(['关于提高基础养老金的政策解读', '一、调整标准', '按年龄段分档提高。']);
  });
});
