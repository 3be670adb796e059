import { describe, expect, it } from 'vitest';
import type { SourceCell, SourceTable } from './source';
import { toBlocks } from './to-blocks';
import type { Findings } from './types';

const noted = (): Findings => ({ chrome: [], metadata: [], unsure: [] });
const cells = (...texts: string[]): SourceCell[] => texts.map((text) => ({ text }));
const table = (head: SourceCell[][], rows: SourceCell[][], caption?: string): SourceTable => ({ kind: 'table', head, rows, at: { n: 7 }, ...(caption && { caption }) });
const tableOf = (block: SourceTable, findings = noted()) => {
  const [converted] = toBlocks('2-1', [block], findings);
  return converted.kind === 'table' ? converted.table : undefined;
};

// What an imported section's blocks hold: the words, their bold leads, list markers, and tables read row by row.
describe('toBlocks', () => {
  it('numbers the blocks in order and keeps a bold lead only where the text starts with it', () => {
    const findings = noted();
    expect(
      toBlocks(
        '3',
        [
          { kind: 'paragraph', text: '（一）免交租金。经认定的企业免交。', lead: '（一）免交租金。', at: { n: 1 } },
          { kind: 'paragraph', text: '经认定的企业免交。', lead: '（一）免交租金。', at: { n: 2 } },
          { kind: 'list', ordered: true, items: [{ marker: '1.', text: '身份证：原件。', lead: '身份证：' }, { text: '户口本。', lead: '身份证：' }], at: { n: 3 } },
        ],
        findings,
      ),
    ).toStrictEqual([
      { kind: 'paragraph', id: '3-1', text: '（一）免交租金。经认定的企业免交。', lead: '（一）免交租金。' },
      { kind: 'paragraph', id: '3-2', text: '经认定的企业免交。' },
      { kind: 'list', id: '3-3', list: { ordered: true, items: [{ marker: '1.', text: '身份证：原件。', lead: '身份证：' }, { text: '户口本。' }] } },
    ]);
    expect(findings.unsure).toEqual([]);
  });

  it('keeps a table’s marked header rows, caption and spans, the first column naming each row', () => {
    const block = table([[{ text: '年龄段' }, { text: '补贴标准', colspan: 2 }]], [[{ text: '60周岁至64周岁', rowspan: 2 }, { text: '每月', colspan: 1, rowspan: 1 }, { text: '100元' }]], '补贴标准表');
    expect(tableOf(block)).toStrictEqual({
      caption: '补贴标准表',
      head: [[{ text: '年龄段' }, { text: '补贴标准', colspan: 2 }]],
      rows: [[{ text: '60周岁至64周岁', rowspan: 2 }, { text: '每月' }, { text: '100元' }]],
      rowHeaders: true,
    });
  });

  it('counts a spanned cell as the columns it covers when deciding on row headers', () => {
    expect(tableOf(table([[{ text: '补贴标准', colspan: 2 }]], [cells('100元')]))?.rowHeaders).toBe(true);
    expect(tableOf(table([cells('补贴标准')], [cells('100元')]))).toStrictEqual({ head: [cells('补贴标准')], rows: [cells('100元')] });
  });

  it('takes a first row of short names without figures, above rows with figures, as the header, and says so', () => {
    const findings = noted();
    expect(tableOf(table([], [cells('年龄段', '补贴标准'), cells('60周岁至64周岁', '100元'), cells('65周岁以上', '200元')]), findings)).toStrictEqual({
      head: [cells('年龄段', '补贴标准')],
      rows: [cells('60周岁至64周岁', '100元'), cells('65周岁以上', '200元')],
      rowHeaders: true,
    });
    expect(findings.unsure).toEqual([{ n: 7, text: '年龄段 | 补贴标准', why: 'the table’s first row taken as its header row' }]);
    // A name of 16 characters is still short.
    expect(tableOf(table([], [cells('一二三四五六七八九十一二三四五六', '补贴'), cells('甲', '1元')]))?.head).toHaveLength(1);
  });

  it('guesses no header from a first row with a figure, a long or empty name, from rows without figures, or a single row', () => {
    const rows = (first: SourceCell[], ...rest: SourceCell[][]) => {
      const findings = noted();
      const converted = tableOf(table([], [first, ...rest]), findings);
      return { head: converted?.head, rowHeaders: converted?.rowHeaders, unsure: findings.unsure.length };
    };
    const none = { head: [], rowHeaders: undefined, unsure: 0 };
    expect(rows(cells('2024年', '补贴标准'), cells('甲', '100元'))).toStrictEqual(none);
    expect(rows(cells('一二三四五六七八九十一二三四五六七', '补贴'), cells('甲', '1元'))).toStrictEqual(none);
    expect(rows(cells('', '补贴标准'), cells('甲', '100元'))).toStrictEqual(none);
    expect(rows(cells('年龄段', '补贴标准'), cells('老年人', '按月发放'))).toStrictEqual(none);
    expect(rows(cells('年龄段', '补贴标准'))).toStrictEqual(none);
  });

  it('takes the first row as the header where any later cell has a figure, and never where the file marks one', () => {
    expect(tableOf(table([], [cells('年龄段', '补贴标准'), cells('老年人', '按月发放'), cells('高龄老人', '200元')]))?.head).toStrictEqual([cells('年龄段', '补贴标准')]);
    expect(tableOf(table([cells('项目', '内容')], [cells('年龄段', '补贴标准'), cells('60周岁', '100元')]))?.rows).toHaveLength(2);
  });
});
