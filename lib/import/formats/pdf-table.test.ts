import { describe, expect, it } from 'vitest';
import { readLines, type PdfItem } from './pdf-lines';
import { findColumnRuns } from './pdf-table';

const SIZE = 16;
const item = (text: string, x: number, y: number): PdfItem => ({
  text,
  x,
  y,
  width: [...text].reduce((sum, char) => sum + (/[\x00-\x7f]/.test(char) ? SIZE / 2 : SIZE), 0),
  size: SIZE,
  bold: false,
});
/** One line: [text, x] for each cell on it. */
const row = (y: number, ...cells: [string, number][]) => cells.map(([text, x]) => item(text, x, y));
const runsOf = (...rows: PdfItem[][]) => findColumnRuns(readLines([rows.flat()]));
const cells = (...texts: string[]) => texts.map((text) => ({ text }));

// Three columns starting at 85, 235 and 381: a Word table's cells, text set 6 pt inside their left rules.
const [A, B, C] = [85, 235, 381];

describe('findColumnRuns', () => {
  it('reads aligned columns as a table, a header row of labels over rows of figures, a wrapped cell joined', () => {
    const runs = runsOf(
      row(740, ['正文第一行，不在表中。', 80]),
      row(700, ['参保人员类别', A], ['个人缴费标准', B], ['财政补助标准', C]),
      row(670, ['成年居民', A], ['每人每年400元', B], ['每人每年700元', C]),
      row(640, ['城乡低保对象、特', A], ['每人每年80元', B], ['每人每年1020元', C]),
      row(620, ['困供养人员', A]),
      row(580, ['正文又一行。', 112]),
    );
    expect(runs).toEqual([
      {
        start: 1,
        end: 5,
        table: {
          head: [cells('参保人员类别', '个人缴费标准', '财政补助标准')],
          rows: [cells('成年居民', '每人每年400元', '每人每年700元'), cells('城乡低保对象、特困供养人员', '每人每年80元', '每人每年1020元')],
        },
      },
    ]);
  });

  it('joins a line into the row above where each of its cells continues a wrapped one, and leaves empty cells empty', () => {
    const runs = runsOf(
      row(700, ['2024年度', A], ['城乡居民医保个人', B], ['已完成', C]),
      row(680, ['缴费标准调整', B]),
      row(650, ['2025年度', A], ['', B], ['未开始', C]),
    );
    expect(runs[0].table).toEqual({
      head: [],
      rows: [cells('2024年度', '城乡居民医保个人缴费标准调整', '已完成'), cells('2025年度', '', '未开始')],
    });
  });

  it('reports column-like lines it cannot read as a table: one column’s cells do not line up', () => {
    const runs = runsOf(row(700, ['姓名', A], ['联系电话', B]), row(670, ['张某某', A], ['0000-12345678', B + 40]));
    expect(runs).toEqual([{ start: 0, end: 2, table: undefined }]);
  });

  it('leaves a single line with a wide gap to the paragraphs', () => {
    expect(runsOf(row(700, ['联系人：王某', 80], ['联系电话：0000-12345678', 300]), row(670, ['正文。', 112]))).toEqual([]);
  });
});
