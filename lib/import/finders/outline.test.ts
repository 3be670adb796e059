import { describe, expect, it } from 'vitest';
import type { SourceParagraph } from '../source';
import type { Findings } from '../types';
import { findOutline, sequence } from './outline';

let n = 0;
const p = (text: string): SourceParagraph => ({ kind: 'paragraph', text, at: { n: ++n } });
const noted = (): Findings => ({ chrome: [], metadata: [], unsure: [] });

// A report or notice: 一、 parts a reader jumps between, （一） sections read one at a time.
describe('findOutline', () => {
  it('makes 一、 lines parts and （一） lines their sections, the text before them the introduction', () => {
    const intro = p('现将有关事项通知如下：');
    const one = p('一、总体要求');
    const lead = p('以习近平新时代中国特色社会主义思想为指导。');
    const aim = p('（一）工作目标');
    const a = p('到2025年，基本建成服务体系。');
    const a2 = p('覆盖全部街道。');
    const rule = p('（二）基本原则');
    const b = p('坚持政府主导。');
    const two = p('二、保障措施');
    const c = p('各部门要加强领导。');
    const findings = noted();
    expect(findOutline([intro, one, lead, aim, a, a2, rule, b, two, c], findings)).toEqual({
      introduction: [intro],
      parts: [
        { heading: one, sections: [{ blocks: [lead] }, { heading: aim, blocks: [a, a2] }, { heading: rule, blocks: [b] }] },
        { heading: two, sections: [{ blocks: [c] }] },
      ],
      foundBy: '一、 parts and （一） sections',
    });
    expect(findings.unsure).toEqual([]);
  });

  it('says it found parts only where no part has a （一） heading', () => {
    const one = p('一、总体要求');
    const a = p('（一）免交租金。经认定的困难企业免交三个月租金。');
    const two = p('二、保障措施');
    const b = p('各部门要加强领导。');
    expect(findOutline([one, a, two, b], noted())).toEqual({
      introduction: [],
      parts: [
        { heading: one, sections: [{ blocks: [a] }] },
        { heading: two, sections: [{ blocks: [b] }] },
      ],
      foundBy: '一、 parts',
    });
  });

  it('keeps as text a （一） line followed at once by its sibling or by the next part', () => {
    const one = p('一、总体要求');
    const aim = p('（一）工作目标');
    const rule = p('（二）基本原则');
    const b = p('坚持政府主导。');
    const last = p('（三）工作步骤');
    const two = p('二、保障措施');
    const c = p('各部门要加强领导。');
    const draft = findOutline([one, aim, rule, b, last, two, c], noted());
    expect(draft?.parts[0].sections).toEqual([{ blocks: [aim] }, { heading: rule, blocks: [b, last] }]);
    // Inside a part too: 「二、加强领导。……」 is text, counted among the parts, and stops the （一） above it.
    const text = p('正文。');
    const run = p('二、加强领导。各部门要落实责任。');
    const three = p('三、保障措施');
    expect(findOutline([one, text, aim, run, three, c], noted())?.parts).toEqual([
      { heading: one, sections: [{ blocks: [text, aim, run] }] },
      { heading: three, sections: [{ blocks: [c] }] },
    ]);
  });

  it('proposes nothing where fewer than two 一、 lines head something', () => {
    // 「二、本通知自印发之日起施行。」 is the text's last line: nothing under it.
    expect(findOutline([p('一、总体要求'), p('正文。'), p('二、本通知自印发之日起施行。')], noted())).toBeUndefined();
    // 一、 followed at once by 二、 heads nothing.
    expect(findOutline([p('一、总体要求'), p('二、保障措施'), p('正文。')], noted())).toBeUndefined();
    expect(findOutline([p('正文。'), p('又一段。')], noted())).toBeUndefined();
  });
});

describe('sequence', () => {
  it('counts a numbered line that is text, and lists a number out of order once a heading was found', () => {
    const findings = noted();
    const blocks = [p('一、总体要求'), p('正文。'), p('二、加强领导。各部门要……'), p('四、保障措施'), p('正文。'), p('三、工作步骤'), p('正文。')];
    expect(sequence(blocks, 'part', findings, ['part'])).toEqual([
      { index: 0, heads: true },
      { index: 2, heads: false },
      { index: 5, heads: true },
    ]);
    expect(findings.unsure).toEqual([{ n: blocks[3].at.n, text: '四、保障措施', why: 'numbered like a heading, but out of order: kept as text' }]);
  });

  it('lists nothing for a number out of order before any heading, or one already passed', () => {
    const findings = noted();
    const blocks = [p('三、在正文中提到的一条'), p('正文。'), p('一、总体要求'), p('正文。'), p('一、再次出现'), p('正文。')];
    expect(sequence(blocks, 'part', findings, ['part'])).toEqual([{ index: 2, heads: true }]);
    expect(findings.unsure).toEqual([]);
  });

  it('skips lists and tables, and lines numbered in another family', () => {
    const findings = noted();
    const blocks = [
      { kind: 'list' as const, ordered: true, items: [{ marker: '一、', text: '总体要求' }], at: { n: 1 } },
      p('（一）工作目标'),
      p('正文。'),
      p('一、总体要求'),
      p('正文。'),
    ];
    expect(sequence(blocks, 'part', findings, [])).toEqual([{ index: 3, heads: true }]);
  });

  it('stops a heading only at a line in the stop families', () => {
    const blocks = [p('第一条　为了规范管理，制定本办法。'), p('第二条　本办法适用于本区。'), p('（一）适用范围')];
    expect(sequence(blocks, 'article', noted(), []).map((a) => a.index)).toEqual([0, 1]);
    // A short article its sibling follows heads nothing where articles stop it; with no stops, it heads.
    const short = [p('第一条　总则'), p('第二条　附则'), p('正文。')];
    expect(sequence(short, 'article', noted(), ['article'])).toEqual([
      { index: 0, heads: false },
      { index: 1, heads: true },
    ]);
    expect(sequence(short, 'article', noted(), [])[0].heads).toBe(true);
  });
});
