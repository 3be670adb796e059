import { describe, expect, it } from 'vitest';
import { blockTexts, cellId, itemId, readUnits, rowId, sectionTexts } from './blocks';
import { blockSchema } from './schema';

// The ids below are in readers' links and in the places 接着读 keeps, so they are written out by hand.
describe('the places in a block a reader is sent to and hears', () => {
  it('names items, rows and cells from one, after the block’s id', () => {
    expect(itemId('standards-3', 0)).toBe('standards-3-i1');
    expect(rowId('standards-2', 1)).toBe('standards-2-r2');
    expect(cellId('standards-2', 0, 1)).toBe('standards-2-r1c2');
  });

  it('hears a list item with its number, one item at a time', () => {
    const list = blockSchema.parse({
      id: 'standards-3',
      list: { ordered: true, items: [{ marker: '1.', text: '带上身份证。' }, { text: '到社区窗口办理。' }] },
    });
    expect(readUnits(list)).toEqual([
      { id: 'standards-3-i1', text: '1.带上身份证。' },
      { id: 'standards-3-i2', text: '到社区窗口办理。' },
    ]);
  });

  it('hears a table’s caption, then each row as one sentence', () => {
    const table = blockSchema.parse({
      id: 'standards-2',
      table: {
        caption: '城乡居民基础养老金调整标准',
        head: [['年龄段', '每月增加金额', '调整后每月基础养老金']],
        rows: [
          ['60周岁至64周岁', '20元', '230元'],
          ['65周岁至69周岁', '25元', '245元'],
        ],
        rowHeaders: true,
      },
    });
    expect(readUnits(table)).toEqual([
      { id: 'standards-2-caption', text: '城乡居民基础养老金调整标准' },
      { id: 'standards-2-r1', text: '60周岁至64周岁，每月增加金额20元，调整后每月基础养老金230元' },
      { id: 'standards-2-r2', text: '65周岁至69周岁，每月增加金额25元，调整后每月基础养老金245元' },
    ]);
    const bare = blockSchema.parse({ id: 'standards-4', table: { rows: [['20元']] } });
    expect(readUnits(bare)).toEqual([{ id: 'standards-4-r1', text: '20元' }]);
  });
});

describe('the published text of a block, for the checks that something occurs in it', () => {
  it('is a table’s cells in reading order, its empty cells left out, and nothing else where it has no caption', () => {
    const table = blockSchema.parse({ id: 'standards-2', table: { head: [['事项', '备注']], rows: [['申领补贴', '']] } });
    expect(blockTexts(table)).toEqual([{ text: '事项' }, { text: '备注' }, { text: '申领补贴' }]);
  });
});

describe('a section’s text, for checks that a number or a term occurs in it', () => {
  it('gives the heading first, and an empty text for a section without one', () => {
    const blocks = [blockSchema.parse({ id: 'standards-1', text: '按年龄段分档提高。' })];
    expect(sectionTexts({ heading: '一、调整标准', blocks })).toEqual(['一、调整标准', '按年龄段分档提高。']);
    expect(sectionTexts({ blocks })).toEqual(['', '按年龄段分档提高。']);
  });
});
