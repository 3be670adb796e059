import { describe, expect, it } from 'vitest';
import { gatherItems } from './items';
import type { SourceBlock, SourceParagraph } from './source';

let n = 0;
const p = (text: string, lead?: string): SourceParagraph => ({ kind: 'paragraph', text, at: { n: ++n }, ...(lead && { lead }) });

// Numbered lines in a row are read as one list; a short first sentence is shown bold, as the item's lead.
describe('gatherItems', () => {
  it('makes lines numbered in order one list, each item its number, its words and its run-in lead', () => {
    const first = p('（一）免交租金。经认定的困难企业免交三个月租金。');
    expect(gatherItems([first, p('（二） 减半收取。其他企业减半收取。'), p('（三）按月缴纳')])).toStrictEqual([
      {
        kind: 'list',
        ordered: true,
        at: first.at,
        items: [
          { marker: '（一）', text: '免交租金。经认定的困难企业免交三个月租金。', lead: '免交租金。' },
          { marker: '（二）', text: '减半收取。其他企业减半收取。', lead: '减半收取。' },
          { marker: '（三）', text: '按月缴纳' },
        ],
      },
    ]);
  });

  it('takes an item’s lead from the file’s bold run less its number, and none where only the number is bold', () => {
    const [list] = gatherItems([p('1. 申请条件 本市户籍老年人。', '1. 申请条件 '), p('2.申请材料。身份证原件。', '2.')]);
    expect(list.kind === 'list' && list.items).toStrictEqual([
      { marker: '1.', text: '申请条件 本市户籍老年人。', lead: '申请条件' },
      { marker: '2.', text: '申请材料。身份证原件。' },
    ]);
  });

  it('keeps lines numbered out of order, in two families, or alone as paragraphs, with their run-in lead in bold', () => {
    const blocks = [p('1.免交租金。企业免交。'), p('3.减半收取。其他企业减半。'), p('（一）按月缴纳。每月10日前。'), p('①不足一月。按一月计。'), p('（二）逐月核定。按月核定。')];
    expect(gatherItems(blocks)).toStrictEqual([
      { ...blocks[0], lead: '1.免交租金。' },
      { ...blocks[1], lead: '3.减半收取。' },
      { ...blocks[2], lead: '（一）按月缴纳。' },
      { ...blocks[3], lead: '①不足一月。' },
      { ...blocks[4], lead: '（二）逐月核定。' },
    ]);
  });

  it('marks an article’s number bold and keeps articles as paragraphs, never a list', () => {
    const blocks = [p('第一条　为了规范管理，制定本办法。'), p('第二条　本办法适用于本区。')];
    expect(gatherItems(blocks)).toStrictEqual([
      { ...blocks[0], lead: '第一条' },
      { ...blocks[1], lead: '第二条' },
    ]);
  });

  it('gives no lead to a line that is all lead, or has a lead the file marked, and leaves a bare number and other blocks alone', () => {
    const table: SourceBlock = { kind: 'table', head: [], rows: [[{ text: '1元' }]], at: { n: ++n } };
    const blocks = [p('（一）免交租金。'), p('（一）免交租金。 '), table, p('（一）'), p('（二）减半收取。企业减半。', '（二）减半'), p('正文。')];
    expect(gatherItems(blocks)).toStrictEqual(blocks);
  });
});
