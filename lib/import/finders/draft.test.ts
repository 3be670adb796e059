import { describe, expect, it } from 'vitest';
import type { SourceBlock, SourceParagraph } from '../source';
import { canHead, cutEvenly, isParagraph, lengthOf } from './draft';

const p = (text: string): SourceParagraph => ({ kind: 'paragraph', text, at: { n: 1 } });
const never = () => false;

// Whether a numbered or marked line becomes a heading decides the sections an editor is offered and a reader gets.
describe('canHead', () => {
  it('takes a short line that something follows, ending at most in 「。」 「：」 or 「？」', () => {
    for (const line of ['一、总体要求', '（一）工作目标：', '哪些人可以申请？', '二、保障措施。']) expect(canHead(p(line), p('正文。'), never), line).toBe(true);
  });

  it('never takes a line with nothing after it, one its next sibling follows, or a list', () => {
    expect(canHead(p('一、总体要求'), undefined, never)).toBe(false);
    expect(canHead(p('一、总体要求'), p('二、保障措施'), () => true)).toBe(false);
    expect(canHead({ kind: 'list', ordered: true, items: [{ marker: '1.', text: '总体要求' }], at: { n: 1 } }, p('正文。'), never)).toBe(false);
  });

  it('never takes an item with a run-in lead: a full stop, semicolon, 「！」 or 「？」 inside the line', () => {
    for (const line of ['（一）免交租金。经认定的困难企业免交', '一、加强领导；落实责任', '注意！以下情形不予受理', '什么是补贴？怎样申请'])
      expect(canHead(p(line), p('正文。'), never), line).toBe(false);
  });

  it('takes up to 40 characters, a closing mark not counted, and a comma only within 30', () => {
    const forty = '一、'.padEnd(40, '关');
    expect(canHead(p(forty), p('正文。'), never)).toBe(true);
    expect(canHead(p(`${forty}：`), p('正文。'), never)).toBe(true);
    expect(canHead(p(`${forty}关`), p('正文。'), never)).toBe(false);
    const comma = (length: number) => `一、加强领导，${'关'.repeat(length - 7)}`;
    expect(canHead(p(comma(30)), p('正文。'), never)).toBe(true);
    expect(canHead(p(comma(31)), p('正文。'), never)).toBe(false);
  });
});

describe('isParagraph', () => {
  it('is true for a paragraph only, and false where there is no block (the line after the last)', () => {
    expect(isParagraph(p('正文。'))).toBe(true);
    expect(isParagraph({ kind: 'list', ordered: false, items: [{ text: '正文' }], at: { n: 1 } })).toBe(false);
    expect(isParagraph(undefined)).toBe(false);
  });
});

describe('lengthOf, for how long a section takes to listen to', () => {
  it('counts the characters of paragraphs, list items and every cell, head rows included', () => {
    const blocks: SourceBlock[] = [
      p('一二三'),
      { kind: 'list', ordered: false, items: [{ marker: '1.', text: '四五' }, { text: '六' }], at: { n: 2 } },
      { kind: 'table', head: [[{ text: '年龄' }, { text: '金额' }]], rows: [[{ text: '60周岁' }, { text: '20元' }]], at: { n: 3 } },
    ];
    // 3 + (2 + 1, markers not counted) + (2 + 2 + 4 + 3)
    expect(lengthOf(blocks)).toBe(17);
  });
});

describe('cutEvenly', () => {
  const units = (...lengths: number[]) => lengths.map((length, i) => ({ i, length }));
  const cut = (list: { i: number; length: number }[], limit: number) => cutEvenly(list, (unit) => unit.length, limit).map((run) => run.map((unit) => unit.i));

  it('cuts twelve equal articles over 1.2 limits into two sections of six, not ten and two', () => {
    expect(cut(units(...Array(12).fill(100)), 1000)).toEqual([
      [0, 1, 2, 3, 4, 5],
      [6, 7, 8, 9, 10, 11],
    ]);
  });

  it('keeps a text under the limit whole, and puts a long unit alone where the rest share the other section', () => {
    expect(cut(units(100, 100, 100), 1000)).toEqual([[0, 1, 2]]);
    expect(cut(units(500, 100, 100, 100, 100, 100), 600)).toEqual([[0], [1, 2, 3, 4, 5]]);
    // A first unit longer than two shares is a section of its own, with no empty one before it.
    expect(cut(units(1000, 10, 10), 300)).toEqual([[0], [1], [2]]);
  });

  it('keeps a unit that would bring its run exactly to its share in that run', () => {
    // 400 characters over a limit of 300: two sections of a 200 share; 150 + 100/2 is not past it.
    expect(cut(units(150, 100, 150), 300)).toEqual([[0, 1], [2]]);
  });

  it('cuts into as many sections as the limit asks, each near its share', () => {
    expect(cut(units(...Array(9).fill(100)), 300)).toEqual([
      [0, 1, 2],
      [3, 4, 5],
      [6, 7, 8],
    ]);
  });
});
