import { describe, expect, it } from 'vitest';
import type { SourceParagraph } from '../source';
import type { Findings } from '../types';
import { findFlat } from './flat';

let n = 0;
const p = (text: string): SourceParagraph => ({ kind: 'paragraph', text, at: { n: ++n } });

// A text with no headings at all: one section, or parts of about eight minutes' listening each.
describe('findFlat', () => {
  it('keeps a text up to 1,600 characters as one section, 「正文」', () => {
    const a = p('一'.repeat(800));
    const b = p('二'.repeat(800));
    expect(findFlat([a, b], {} as Findings)).toEqual({
      introduction: [],
      parts: [{ sections: [{ title: '正文', blocks: [a, b] }] }],
      foundBy: 'no headings: the text as one section',
    });
  });

  it('cuts a longer text between paragraphs into 「第1部分」, 「第2部分」 …', () => {
    const [a, b, c] = [p('一'.repeat(1000)), p('二'.repeat(700)), p('三'.repeat(900))];
    expect(findFlat([a, b, c], {} as Findings)).toEqual({
      introduction: [],
      parts: [{ sections: [{ title: '第1部分', blocks: [a] }, { title: '第2部分', blocks: [b, c] }] }],
      foundBy: 'no headings: the text cut by length into 2 sections',
    });
    // One character over the limit is enough.
    const sections = findFlat([p('一'.repeat(800)), p('二'.repeat(801))], {} as Findings)?.parts[0].sections;
    expect(sections?.map((s) => [s.title, s.blocks.length])).toEqual([
      ['第1部分', 1],
      ['第2部分', 1],
    ]);
  });
});
