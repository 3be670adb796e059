import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { flagSummaries, unusedTerms } from './kept-files';
import type { ImportedDocument } from './types';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kept-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const folder = (files: Record<string, string>) => {
  const dir = fs.mkdtempSync(path.join(root, 'folder-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
};

const document = {
  title: ['关于森林防火的通知'],
  parts: [
    { id: '1', heading: '一、野外用火', sections: [{ id: '1', blocks: [{ kind: 'paragraph', id: '1-1', text: '严禁上坟烧纸。' }] }] },
    { id: '2', sections: [{ id: '2', blocks: [{ kind: 'paragraph', id: '2-1', text: '及时报告火情。' }] }] },
  ],
  attachments: [],
} as unknown as ImportedDocument;

describe('flagSummaries', () => {
  it('puts the review line first, below the comment heading the file, replacing an old one; a section with no summary is skipped', () => {
    const dir = folder({
      'summaries/3.yaml': '# 摘要：张编辑\nzh: 加强值守。\nreview: old\nen: Keep watch, report every fire at once, and never leave a fire on the hill unreported to the county office.\n',
      'summaries/4.yaml': 'zh: 已删。\n',
    });
    const flagged = flagSummaries(dir, { unchanged: [], changed: ['2', '3'], added: [], removed: ['4'], droppedNotes: [] });
    expect(flagged).toEqual(['summaries/3.yaml', 'summaries/4.yaml']);
    expect(fs.readFileSync(path.join(dir, 'summaries/3.yaml'), 'utf8')).toBe('# 摘要：张编辑\nreview: 原文已更改，请核对本摘要\nzh: 加强值守。\nen: Keep watch, report every fire at once, and never leave a fire on the hill unreported to the county office.\n');
    expect(fs.readFileSync(path.join(dir, 'summaries/4.yaml'), 'utf8')).toBe('review: 原文已无此节，请删除本摘要或改配他节\nzh: 已删。\n');
    expect(fs.existsSync(path.join(dir, 'summaries/2.yaml'))).toBe(false);
  });

  it('flags an empty summary (written as the flow mapping it was)', () => {
    const dir = folder({ 'summaries/3.yaml': '{}\n' });
    expect(flagSummaries(dir, { unchanged: [], changed: ['3'], added: [], removed: [], droppedNotes: [] })).toEqual(['summaries/3.yaml']);
    expect(fs.readFileSync(path.join(dir, 'summaries/3.yaml'), 'utf8')).toBe('{ review: 原文已更改，请核对本摘要 }\n');
  });

  it('stops on a summary that is not a YAML mapping, naming it', () => {
    const dir = folder({ 'summaries/3.yaml': '- 一\n- 二\n' });
    expect(() => flagSummaries(dir, { unchanged: [], changed: ['3'], added: [], removed: [], droppedNotes: [] })).toThrow(
      expect.objectContaining({ name: 'ImportError', message: 'cannot flag summaries/3.yaml for review: it is not a YAML mapping' }),
    );
  });
});

describe('unusedTerms', () => {
  it('lists the glossary terms and 繁體 fixes the title, headings and text no longer have, glossary first', () => {
    const dir = folder({
      'glossary.yaml': '- term: 野外用火\n- term: 瞒报\n- term: 森林防火\n- note: no term\n',
      'traditional.yaml': '- simplified: 上坟\n- simplified: 火灾\n',
    });
    expect(unusedTerms(dir, document)).toEqual(['瞒报', '火灾']);
  });

  it('reads a missing file or one that is not a list as no terms', () => {
    expect(unusedTerms(folder({ 'traditional.yaml': 'simplified: 火灾\n' }), document)).toEqual([]);
    expect(unusedTerms(folder({ 'glossary.yaml': '- term: 瞒报\n', 'traditional.yaml': ': [\n' }), document)).toEqual(['瞒报']);
  });

  it('finds a term only within one line of the text, not across the title and a heading', () => {
    expect(unusedTerms(folder({ 'glossary.yaml': '- term: 通知一\n' }), document)).toEqual(['通知一']);
  });

  it('skips an empty entry', () => {
    expect(unusedTerms(folder({ 'glossary.yaml': '-\n- term: 瞒报\n' }), document)).toEqual(['瞒报']);
  });
});
