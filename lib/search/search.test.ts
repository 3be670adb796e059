import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandQuery } from './expand-query';
import { editDistance, suggestions } from './suggest';
import { loadSynonyms } from './synonyms';

const synonyms = loadSynonyms();

describe('expandQuery', () => {
  it('looks for the official words a reader’s everyday word stands for', () => {
    expect(expandQuery('打官司', synonyms)).toEqual(['诉讼', '应诉', '打官司']);
    const alternatives = expandQuery('  邻居 吵架 ', synonyms);
    expect(alternatives.pop()).toBe('邻居 吵架');
    expect(alternatives.sort()).toEqual(['纠纷 吵架', '调解 吵架', '邻居 纠纷', '邻居 调解', '调解', '纠纷'].sort());
    // Two questions at once: each official word is also searched alone.
    expect(expandQuery('明年打算', synonyms)).toEqual(expect.arrayContaining(['明年打算', '主要安排打算', '明年主要安排', '下一步', '主要安排']));
  });

  it('leaves a query with no everyday word alone, and an empty one empty', () => {
    expect(expandQuery('行政复议', synonyms)).toEqual(['行政复议']);
    expect(expandQuery('   ', synonyms)).toEqual([]);
    expect(expandQuery(' 行政  复议 ', synonyms)).toEqual(['行政 复议']);
  });
});

describe('suggestions', () => {
  it('counts edits', () => {
    expect(editDistance('调节', '调解')).toBe(1);
    expect(editDistance('复议', '行政复议')).toBe(2);
    expect(editDistance('', '调解')).toBe(2);
  });

  it('offers the library’s words one character away, never the query itself or for one character', () => {
    const vocabulary = ['调解', '复议', '应诉', '调解员'];
    expect(suggestions('调节', vocabulary)).toEqual(['调解']);
    expect(suggestions('腹议', vocabulary)).toEqual(['复议']);
    expect(suggestions('调解', vocabulary)).toEqual(['调解员']);
    expect(suggestions('调', vocabulary)).toEqual([]);
    expect(suggestions(' 调节 ', vocabulary)).toEqual(['调解']);
  });

  it('offers three at most, the shortest first', () => {
    expect(suggestions('复议', ['复议书', '复议人', '腹议', '复仪'])).toEqual(['腹议', '复仪', '复议书']);
  });
});

describe('content/synonyms.yaml', () => {
  it('refuses an everyday word of spaces, which every query with a space would contain', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'synonyms-'));
    try {
      fs.writeFileSync(path.join(root, 'synonyms.yaml'), '- { words: ["  "], means: [诉讼] }\n');
      expect(() => loadSynonyms(root)).toThrow(/synonyms\.yaml/);
    } finally {
      fs.rmSync(root, { recursive: true });
    }
  });

  it('tells an editor which word is missing or empty', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'synonyms-'));
    try {
      fs.writeFileSync(path.join(root, 'synonyms.yaml'), '- { words: [], means: [诉讼] }\n- { words: [打官司], means: [] }\n- { words: [打官司, ""], means: [诉讼] }\n');
      expect(() => loadSynonyms(root)).toThrow(
        '  - 0.words: needs at least one everyday word\n  - 1.means: needs at least one official word\n  - 2.words.1: must not be empty',
      );
    } finally {
      fs.rmSync(root, { recursive: true });
    }
  });
});
