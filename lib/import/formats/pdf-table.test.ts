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

/** [start, end) of each run, and whether it was read as a table. */
const spans = (runs: ReturnType<typeof findColumnRuns>) => runs.map(({ start, end, table }) => [start, end, table !== undefined]);
const sized = (size: number, y: number, ...cells: [string, number][]) => row(y, ...cells).map((piece) => ({ ...piece, size }));

describe('findColumnRuns: where a run of rows ends', () => {
  it('starts a new run on the next page: a table the page break cuts is two tables', () => {
    const rows = (y: number) => [row(y, ['成年居民', A], ['400元', B]), row(y - 30, ['学生', A], ['380元', B])];
    expect(spans(findColumnRuns(readLines([rows(700).flat(), rows(760).flat()])))).toEqual([
      [0, 2, true],
      [2, 4, true],
    ]);
  });

  it('keeps in the run a row half a point larger, not one a point larger', () => {
    const first = row(700, ['成年居民', A], ['400元', B]);
    expect(spans(runsOf(first, sized(16.5, 670, ['学生', A], ['380元', B])))).toEqual([[0, 2, true]]);
    expect(spans(runsOf(first, sized(17, 670, ['学生', A], ['380元', B])))).toEqual([]);
  });

  it('keeps in the run a row 3 lines below the last, not one further', () => {
    const first = row(700, ['成年居民', A], ['400元', B]);
    expect(spans(runsOf(first, row(700 - 3 * 16, ['学生', A], ['380元', B])))).toEqual([[0, 2, true]]);
    expect(spans(runsOf(first, row(700 - 3 * 16 - 1, ['学生', A], ['380元', B])))).toEqual([]);
  });

  it('takes a lone line into the run up to half an em further below than the rows are apart', () => {
    // Rows 30 and 20 apart: a lone cell line may stand 30 + 8 below the last row, not 30 + 9.
    const rows = [row(700, ['成年居民', A], ['400元', B]), row(670, ['学生', A], ['380元', B]), row(650, ['老人', A], ['80元', B])];
    expect(spans(runsOf(...rows, row(650 - 38, ['合计', A]))).map(([, end]) => end)).toEqual([4]);
    expect(spans(runsOf(...rows, row(650 - 39, ['合计', A]))).map(([, end]) => end)).toEqual([3]);
  });
});

describe('findColumnRuns: a lone line in a column', () => {
  // Column A spans 85 to 85 + 128 (its widest cell, eight characters); rows 30 apart.
  const rows = [row(700, ['城乡低保对象、特', A], ['80元', B]), row(670, ['成年居民', A], ['400元', B])];
  const endWith = (text: string, x: number) => spans(runsOf(...rows, row(640, [text, x])))[0][1];

  it('belongs to the run where it starts with the column, up to half an em either side', () => {
    expect([endWith('困供养人员', A - 8), endWith('困供养人员', A + 5), endWith('困供养人员', A - 9)]).toEqual([3, 3, 2]);
  });

  it('belongs to the run where it is centred in the column, within half an em', () => {
    // The column's middle is 149; 「合计」 is 32 wide.
    expect([endWith('合计', 149 - 16 + 5), endWith('合计', 149 - 16 - 8), endWith('合计', 149 - 16 + 9)]).toEqual([3, 3, 2]);
  });

  it('does not belong to the run where it stands right in the column, runs past it, or starts over half an em before it', () => {
    // Nine characters from A - 12 are centred 4 left of the column's middle and end inside its half-em margin.
    expect([endWith('合计', A + 128 - 32), endWith('城乡居民医保个人缴费和财政补助标准', A), endWith('城乡低保对象、特困', A - 12)]).toEqual([2, 2, 2]);
  });

  it('may end at the column’s right edge, or half an em past it, not further', () => {
    // Nine characters from A - 8 end at A + 136, half an em past the column; from A - 7, past that.
    expect([endWith('城乡低保对象、特困', A - 8), endWith('困供养人员特困供养', A - 7), endWith('城乡低保对象、特', A)]).toEqual([3, 2, 3]);
  });
});

describe('findColumnRuns: which runs are tables', () => {
  it('reads two columns as a table', () => {
    const runs = runsOf(row(700, ['姓名', A], ['联系电话', B]), row(670, ['张某某', A], ['0000-12345678', B]));
    expect(runs[0].table).toEqual({ head: [cells('姓名', '联系电话')], rows: [cells('张某某', '0000-12345678')] });
  });

  it('reads a column whose cells start within half an em, are centred, or end together', () => {
    // Column B: starts 8 apart. Column C: middles 6 apart, starts and ends further. Column D: ends together.
    const D = 520;
    const runs = runsOf(
      row(700, ['成年居民', A], ['个人缴费标准', B], ['成年居民', C + 20], ['400元', D + 16]),
      row(670, ['学生', A], ['每人每年400元', B + 8], ['学生和未成年人', C + 2], ['1020元', D]),
    );
    expect(runs[0].table).toEqual({
      head: [],
      rows: [cells('成年居民', '个人缴费标准', '成年居民', '400元'), cells('学生', '每人每年400元', '学生和未成年人', '1020元')],
    });
  });

  it('does not read lines whose chunks share a column as a table', () => {
    // The second line's one cell spans where the first line has two: one column holds both.
    const runs = runsOf(row(700, ['甲', A], ['乙', A + 64], ['丙', C]), row(670, ['城乡居民医保个人', A], ['丁', C]));
    expect(spans(runs)).toEqual([[0, 2, false]]);
  });

  it('joins a last-column cell’s next line where the cell reached within an em of the column’s widest line', () => {
    const runs = runsOf(
      row(700, ['成年居民', A], ['400元', B], ['个人缴费和财政补助合计', C]),
      row(680, ['每年', C]),
      row(650, ['学生', A], ['380元', B], ['每人每年七百二十元整', C]),
      row(630, ['另计', C]),
      row(600, ['老人', A], ['80元', B], ['800元', C]),
      row(580, ['备注', C]),
    );
    expect(runs[0].table?.rows).toEqual([
      cells('成年居民', '400元', '个人缴费和财政补助合计每年'),
      cells('学生', '380元', '每人每年七百二十元整另计'),
      cells('老人', '80元', '800元'),
      cells('', '', '备注'),
    ]);
  });

  it('joins a cell’s next line where the cell ended within 2 em of the next column, not further', () => {
    // 「城乡低保对象」 ends at 181, 32 before column B at 213; 「学生」 ends far before it.
    const runs = runsOf(
      row(700, ['城乡低保对象', A], ['80元', 213]),
      row(680, ['特困人员', A]),
      row(650, ['学生', A], ['380元', 213]),
      row(630, ['儿童', A]),
    );
    expect(runs[0].table?.rows).toEqual([cells('城乡低保对象特困人员', '80元'), cells('学生', '380元'), cells('儿童', '')]);
  });

  it('takes a cell starting where another row’s cell ends into that cell’s column', () => {
    // 「成年居民」 ends at 149, where 「学生」 starts: one column, whose cells do not line up.
    const runs = runsOf(row(700, ['成年居民', A], ['400元', B]), row(670, ['学生', 149], ['380元', B]));
    expect(spans(runs)).toEqual([[0, 2, false]]);
  });

  it('takes a first row of labels as the header when any row below has figures', () => {
    const runs = runsOf(row(700, ['类别', A], ['标准', B]), row(670, ['成年居民', A], ['400元', B]), row(640, ['说明', A], ['另行通知', B]));
    expect(runs[0].table).toEqual({ head: [cells('类别', '标准')], rows: [cells('成年居民', '400元'), cells('说明', '另行通知')] });
  });
});
