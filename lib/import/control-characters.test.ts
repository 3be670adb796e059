import { describe, expect, it } from 'vitest';
import { refuseControlCharacters } from './control-characters';
import type { SourceBlock, SourceDocument } from './source';

const refuse = (unit: SourceDocument['unit'], ...blocks: SourceBlock[]) => () =>
  refuseControlCharacters({ format: 'test', unit, count: blocks.length, blocks, facts: {}, left: [], unsure: [] });

const paragraph: SourceBlock = { kind: 'paragraph', text: '一、总体要求', at: { n: 1 } };

describe('refuseControlCharacters', () => {
  it('refuses a list item holding one, naming the list’s place', () => {
    expect(refuse('paragraph', paragraph, { kind: 'list', ordered: true, items: [{ text: '坚持预防为主。' }, { text: '及时\x07报告。' }], at: { n: 4 } })).toThrow(
      /^the text holds the control character U\+0007 at paragraph 4, which no document has: not read$/,
    );
  });

  it('refuses a table whose caption or a cell holds one', () => {
    const table = (caption: string, cell: string): SourceBlock => ({ kind: 'table', caption, head: [[{ text: '项目' }]], rows: [[{ text: cell }]], at: { n: 7 } });
    expect(refuse('element', table('表1\x1b', '防汛'))).toThrow('the control character U+001B at element 7');
    expect(refuse('element', table('表1', '防\x85汛'))).toThrow('the control character U+0085 at element 7');
  });

  it('names the page of a PDF line', () => {
    expect(refuse('PDF line', paragraph, { kind: 'paragraph', text: '坚持\x01预防为主。', at: { n: 12, page: 3 } })).toThrow(
      /^the text holds the control character U\+0001 at PDF line 12 \(page 3\), which no document has: not read$/,
    );
  });

  it('passes text, lists and tables without one', () => {
    expect(
      refuse('element', paragraph, { kind: 'list', ordered: false, items: [{ text: '坚持\t预防为主。' }], at: { n: 2 } }, {
        kind: 'table',
        head: [],
        rows: [[{ text: '防汛' }, { text: '抗旱' }]],
        at: { n: 3 },
      }),
    ).not.toThrow();
  });
});
