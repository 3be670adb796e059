import { describe, expect, it } from 'vitest';
import { tableSchema } from './schema';
import { layoutTable } from './table-layout';
import { cellSpeech, rowSpeech } from './table-speech';

const table = (value: unknown) => layoutTable(tableSchema.parse(value));

// The table older readers opened the pension 政策解读 for: which amount belongs to which age.
const pension = table({
  head: [['年龄段', '每月增加金额', '调整后每月基础养老金']],
  rows: [
    ['60周岁至64周岁', '20元', '230元'],
    ['65周岁至69周岁', '25元', '245元'],
  ],
  rowHeaders: true,
});

describe('reading a table aloud', () => {
  it('says each row as one sentence, every value with its column’s header, the row’s name first', () => {
    expect([0, 1].map((row) => rowSpeech(pension, row))).toEqual([
      '60周岁至64周岁，每月增加金额20元，调整后每月基础养老金230元',
      '65周岁至69周岁，每月增加金额25元，调整后每月基础养老金245元',
    ]);
  });

  it('says one cell with its header, for 指读', () => {
    expect(cellSpeech(pension, 1, 1)).toBe('每月增加金额25元');
    expect(cellSpeech(pension, 0, 0)).toBe('年龄段：60周岁至64周岁');
  });

  it('puts a colon between a header and words, and leaves out empty cells and a cell’s own closing mark', () => {
    const places = table({ head: [['事项', '办理地点', '备注']], rows: [['申领补贴', '区政务服务中心。', '']] });
    expect(rowSpeech(places, 0)).toBe('事项：申领补贴，办理地点：区政务服务中心');
  });

  it('leaves out every mark a cell closes with, such as a half-width ellipsis', () => {
    const places = table({ head: [['事项', '进度']], rows: [['申领补贴', '待定...']] });
    expect(rowSpeech(places, 0)).toBe('事项：申领补贴，进度：待定');
  });

  it('has no header for a column the table lacks', () => {
    const places = table({ head: [['事项', '办理地点']], rows: [['申领补贴', '区政务服务中心']] });
    expect([0, 1, 2].map((column) => places.columnHeader(column))).toEqual(['事项', '办理地点', '']);
  });

  it('runs a header into a value only when the value starts with a number, and says nothing for a cell the table lacks', () => {
    const places = table({ head: [['事项', '办理地点']], rows: [['申领补贴', '区政务服务中心3楼']] });
    expect(rowSpeech(places, 0)).toBe('事项：申领补贴，办理地点：区政务服务中心3楼');
    expect(cellSpeech(places, 1, 0)).toBe('');
  });

  it('says a cell spanning rows in every row it covers, and reads stacked header rows top to bottom', () => {
    const grouped = table({
      head: [[{ text: '类别', rowspan: 2 }, { text: '缴费标准', colspan: 2 }], ['个人', '财政']],
      rows: [
        [{ text: '成年居民', rowspan: 2 }, '400元', '700元'],
        ['380元', '720元'],
      ],
      rowHeaders: true,
    });
    expect(grouped.columns).toBe(3);
    expect(grouped.problems).toEqual([]);
    expect([0, 1].map((row) => rowSpeech(grouped, row))).toEqual(['成年居民，缴费标准个人400元，缴费标准财政700元', '成年居民，缴费标准个人380元，缴费标准财政720元']);
  });

  it('says a cell spanning columns once', () => {
    const note = table({ head: [['项目', '金额', '说明']], rows: [['补贴', { text: '按月发放', colspan: 2 }]] });
    expect(rowSpeech(note, 0)).toBe('项目：补贴，金额：按月发放');
  });

  it('reads a table without headers cell by cell', () => {
    expect(rowSpeech(table({ rows: [['第一天', '报名'], ['第二天', '审核']] }), 1)).toBe('第二天，审核');
  });
});

describe('laying a table out', () => {
  it('names the rows that do not fill the grid the first row sets', () => {
    expect(table({ rows: [['a', 'b', 'c'], ['d', 'e'], [{ text: 'f', colspan: 4 }]] }).problems).toEqual([
      'rows.1: fills 2 columns where the first row fills 3',
      'rows.2: fills 4 columns where the first row fills 3',
    ]);
    expect(table({ head: [['a', 'b']], rows: [['c', 'd', 'e']] }).problems).toEqual(['head has 2 columns and rows 3']);
  });

  it('names a row that leaves a gap, and a header row that does not fill the grid', () => {
    // 乙 spans down into the second row's third column; the second row's one cell leaves its second column empty.
    expect(table({ rows: [['a', 'b', { text: '乙', rowspan: 2 }], ['c']] }).problems).toEqual(['rows.1: leaves a gap between its cells']);
    expect(table({ head: [['a', 'b'], ['c']], rows: [['d', 'e']] }).problems).toEqual(['head.1: fills 1 columns where the first row fills 2']);
  });

  it('ends a cell spanning more rows than are left at the last row, as a browser does', () => {
    const tall = table({ head: [['事项', '地点']], rows: [['申领', '一楼'], [{ text: '补办', rowspan: 3 }, '二楼']] });
    expect(tall.problems).toEqual([]);
    expect([0, 1].map((row) => rowSpeech(tall, row))).toEqual(['事项：申领，地点：一楼', '事项：补办，地点：二楼']);
  });

  it('reads a cell spanning rows in a middle column under its own header, and the next cells under theirs', () => {
    const middle = table({
      head: [['年龄段', '办理地点', '金额']],
      rows: [
        ['60周岁至64周岁', { text: '社区窗口', rowspan: 2 }, '20元'],
        ['65周岁至69周岁', '25元'],
      ],
      rowHeaders: true,
    });
    expect(middle.problems).toEqual([]);
    expect([0, 1].map((row) => rowSpeech(middle, row))).toEqual([
      '60周岁至64周岁，办理地点：社区窗口，金额20元',
      '65周岁至69周岁，办理地点：社区窗口，金额25元',
    ]);
    expect(cellSpeech(middle, 1, 2)).toBe('金额25元');
  });
});
