import { describe, expect, it } from 'vitest';
import type { SourceParagraph, TextHints } from '../source';
import type { Findings } from '../types';
import { findSubheads } from './subheads';

let n = 0;
const p = (text: string, hints: TextHints = {}): SourceParagraph => ({ kind: 'paragraph', text, at: { n: ++n }, ...hints });
const h2 = (text: string) => p(text, { heading: 2 });
const h3 = (text: string) => p(text, { heading: 3 });
const find = (...blocks: SourceParagraph[]) => findSubheads(blocks, {} as Findings);

// A 政策解读 from a web page or a Word file: its sub-heads are marked by style (<h2>, 标题 2) or by bold, not by numbers.
describe('findSubheads', () => {
  it('makes the top level parts and the next their sections, and leaves a third level as text', () => {
    const intro = p('近日，市人民政府印发了《办法》。');
    const background = h2('一、出台背景');
    const a = p('为了规范居家养老服务，制定本办法。');
    const now = h3('（一）现状');
    const b = p('全市有老年人三十万。');
    const problems = h3('（二）问题');
    const c = p('服务供给不足。');
    const measures = h2('二、主要措施');
    const key = p('重点任务', { bold: true });
    const d = p('建设社区服务站。');
    expect(find(intro, background, a, now, b, problems, c, measures, key, d)).toEqual({
      introduction: [intro],
      parts: [
        { heading: background, sections: [{ blocks: [a] }, { heading: now, blocks: [b] }, { heading: problems, blocks: [c] }] },
        { heading: measures, sections: [{ blocks: [key, d] }] },
      ],
      foundBy: 'sub-heads the file marks (5)',
    });
  });

  it('makes one level of sub-heads, bold lines too, the sections of one part', () => {
    const who = p('哪些人可以申请', { bold: true });
    const a = p('年满六十周岁的本市户籍老年人。');
    const how = p('怎样申请', { bold: true });
    const b = p('到社区服务站提出申请。');
    expect(find(who, a, how, b)).toEqual({
      introduction: [],
      parts: [{ sections: [{ heading: who, blocks: [a] }, { heading: how, blocks: [b] }] }],
      foundBy: 'sub-heads the file marks (2)',
    });
  });

  it('makes the highest level the parts wherever it first comes, a lower sub-head before them a section of its own', () => {
    const note = p('说明', { bold: true });
    const a = p('本解读供参考。');
    const background = h2('一、背景');
    const b = p('为了规范居家养老服务。');
    const measures = h2('二、措施');
    const c = p('建设社区服务站。');
    expect(find(note, a, background, b, measures, c)).toEqual({
      introduction: [],
      parts: [
        { sections: [{ heading: note, blocks: [a] }] },
        { heading: background, sections: [{ blocks: [b] }] },
        { heading: measures, sections: [{ blocks: [c] }] },
      ],
      foundBy: 'sub-heads the file marks (3)',
    });
  });

  it('proposes nothing where fewer than two marked lines head something', () => {
    // The page's own title (<h1>) is not a sub-head; a sub-head its sibling follows heads nothing.
    expect(find(p('关于居家养老服务的解读', { heading: 1 }), p('正文。'), h2('一、背景'), p('正文。'))).toBeUndefined();
    expect(find(h2('一、背景'), h2('二、措施'), p('正文。'))).toBeUndefined();
    expect(find(p('正文。'), p('又一段。'))).toBeUndefined();
  });
});
