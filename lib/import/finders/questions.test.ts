import { describe, expect, it } from 'vitest';
import type { SourceBlock, SourceParagraph } from '../source';
import type { Findings } from '../types';
import { findQuestions } from './questions';

let n = 0;
const p = (text: string): SourceParagraph => ({ kind: 'paragraph', text, at: { n: ++n } });
const find = (...blocks: SourceBlock[]) => findQuestions(blocks, {} as Findings);
/** The headings of the sections found, or undefined where no Q&A was found. */
const headings = (...blocks: SourceParagraph[]) => find(...blocks)?.parts[0].sections.map((s) => s.heading?.text);

// A 问答 or 政策解读: each question a reader can jump to and hear answered.
describe('findQuestions', () => {
  it('makes each answered question a section, the text before the first the introduction', () => {
    const intro = p('为方便群众了解新政策，现将有关问题解答如下。');
    const who = p('1.哪些人可以申请？');
    const a = p('年满六十周岁的本市户籍老年人。');
    const a2 = p('本市居住满一年的非户籍老年人。');
    const how = p('问：怎样申请');
    const b = p('到社区服务站提出申请。');
    expect(find(intro, who, a, a2, how, b)).toEqual({
      introduction: [intro],
      parts: [{ sections: [{ heading: who, blocks: [a, a2] }, { heading: how, blocks: [b] }] }],
      foundBy: 'questions as headings (2)',
    });
  });

  it('knows a question by 「问：」 or 「Q：」 at its start, or 「？」 at its end', () => {
    expect(headings(p('问 ：补贴标准是多少'), p('每人每月100元。'), p('Q:何时发放'), p('每月10日前。'))).toEqual(['问 ：补贴标准是多少', 'Q:何时发放']);
    expect(headings(p('补贴标准是多少?'), p('每人每月100元。'), p('何时发放？'), p('每月10日前。'))).toEqual(['补贴标准是多少?', '何时发放？']);
    // 「问：」 or 「？」 inside a line does not make it a question.
    expect(headings(p('群众问：补贴标准是多少'), p('每人每月100元。'), p('何时发放？'), p('每月10日前。'))).toBeUndefined();
    expect(headings(p('补贴？标准是多少'), p('每人每月100元。'), p('何时发放？'), p('每月10日前。'))).toBeUndefined();
  });

  it('takes a question of up to 80 characters, without a full stop or semicolon before its end', () => {
    const eighty = `${'问'.repeat(79)}？`;
    expect(headings(p(eighty), p('答复。'), p('何时发放？'), p('每月10日前。'))).toEqual([eighty, '何时发放？']);
    expect(headings(p(`问${eighty}`), p('答复。'), p('何时发放？'), p('每月10日前。'))).toBeUndefined();
    expect(headings(p('经认定。可以申请吗？'), p('可以。'), p('何时发放？'), p('每月10日前。'))).toBeUndefined();
    expect(headings(p('问：经认定；可以申请吗'), p('可以。'), p('何时发放？'), p('每月10日前。'))).toBeUndefined();
    expect(headings(p('问：经认定;可以申请吗'), p('可以。'), p('何时发放？'), p('每月10日前。'))).toBeUndefined();
    expect(headings(p('问：补贴标准如下。'), p('每人每月100元。'), p('何时发放？'), p('每月10日前。'))).toBeUndefined();
  });

  it('takes no list or table for a question, and lets one answer a question', () => {
    const list: SourceBlock = { kind: 'list', ordered: false, items: [{ text: '身份证' }, { text: '户口本' }], at: { n: ++n } };
    const what = p('需要带什么材料？');
    const when = p('何时发放？');
    const b = p('每月10日前。');
    expect(find(list, what, list, when, b)?.parts[0].sections).toEqual([
      { heading: what, blocks: [list] },
      { heading: when, blocks: [b] },
    ]);
  });

  it('keeps a question followed by another in the answer above it', () => {
    const who = p('谁来申请？');
    const a = p('本人申请。');
    const asked = p('不能亲自办理怎么办？');
    const when = p('何时发放？');
    const b = p('每月10日前。');
    expect(find(who, a, asked, when, b)?.parts[0].sections).toEqual([
      { heading: who, blocks: [a, asked] },
      { heading: when, blocks: [b] },
    ]);
  });

  it('proposes nothing for questions in a row, a question with nothing after it, or a single one', () => {
    // Questions the text asks one after another are a list in the text, not headings.
    expect(find(p('谁来申请？'), p('怎样申请？'), p('何时发放？'), p('每月10日前。'))).toBeUndefined();
    expect(find(p('谁来申请？'), p('本人申请。'), p('何时发放？'))).toBeUndefined();
    expect(find(p('谁来申请？'), p('本人申请。'))).toBeUndefined();
  });
});
