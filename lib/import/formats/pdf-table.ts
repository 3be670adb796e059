import type { SourceCell } from '../source';
import { joinText, type Chunk, type PdfLine } from './pdf-lines';

/**
 * Tables in a PDF are only text placed in columns (the rules around cells are drawings): consecutive lines whose
 * chunks stand in the same columns are read back into rows and cells.
 */

/** Lines [start, end) that stand in columns; `table` when they could be read as one. */
export type ColumnRun = { start: number; end: number; table?: { head: SourceCell[][]; rows: SourceCell[][] } };

/** Rows further apart than this many lines of text are not one table. */
const MOST_ROW_PITCH = 3;
/** Chunks of one column start, centre or end within this many em of each other (left, centred, right cells). */
const ALIGNED = 0.5;
/** A cell's line ending this close (em) to the next column, or to its column's widest line, was wrapped. */
const WRAPPED_WITHIN = 2;
const LAST_COLUMN_WRAPPED_WITHIN = 1;

type Column = { x0: number; x1: number };
/** A cell being filled, and its last line so far. */
type Cell = { text: string; last?: Chunk };

/** Runs of two or more lines with chunks in several columns, and the single-chunk lines inside their cells. */
export function findColumnRuns(lines: PdfLine[]): ColumnRun[] {
  const runs: ColumnRun[] = [];
  for (let start = 0; start < lines.length; start++) {
    if (lines[start].chunks.length < 2) continue;
    let end = start + 1;
    while (end < lines.length && continuesRun(lines.slice(start, end), lines[end])) end++;
    const run = lines.slice(start, end);
    if (run.filter((line) => line.chunks.length >= 2).length >= 2) runs.push({ start, end, table: readTable(run) });
    start = end - 1;
  }
  return runs;
}

function continuesRun(run: PdfLine[], line: PdfLine): boolean {
  const last = run.at(-1)!;
  const em = last.size;
  if (line.page !== last.page || Math.abs(line.size - em) > 0.5 || last.y - line.y > MOST_ROW_PITCH * em) return false;
  if (line.chunks.length >= 2) return true;
  // A lone chunk is a cell's next line, or a row with one cell filled: no further below than the rows are apart,
  // inside one column and starting (or centred) with it. The paragraph after a table is neither.
  const steps = run.slice(1).map((next, index) => run[index].y - next.y);
  if (steps.length && last.y - line.y > Math.max(...steps) + ALIGNED * em) return false;
  const [chunk] = line.chunks;
  const middle = (span: { x0: number; x1: number }) => (span.x0 + span.x1) / 2;
  return columnsOf(run).some(
    (column) =>
      chunk.x0 >= column.x0 - ALIGNED * em &&
      chunk.x1 <= column.x1 + ALIGNED * em &&
      (Math.abs(chunk.x0 - column.x0) <= ALIGNED * em || Math.abs(middle(chunk) - middle(column)) <= ALIGNED * em),
  );
}

/** The columns: the x ranges of all the chunks, overlapping ones merged. */
function columnsOf(lines: PdfLine[]): Column[] {
  const ranges = lines.flatMap((line) => line.chunks.map(({ x0, x1 }) => ({ x0, x1 }))).sort((a, b) => a.x0 - b.x0);
  const columns: Column[] = [];
  for (const range of ranges) {
    const last = columns.at(-1);
    if (last && range.x0 <= last.x1) last.x1 = Math.max(last.x1, range.x1);
    else columns.push({ ...range });
  }
  return columns;
}

function aligned(spans: { x0: number; x1: number }[], em: number): boolean {
  const within = (values: number[]) => Math.max(...values) - Math.min(...values) <= ALIGNED * em;
  return (
    within(spans.map((span) => span.x0)) || within(spans.map((span) => (span.x0 + span.x1) / 2)) || within(spans.map((span) => span.x1))
  );
}

/** The run as rows of cells, or undefined when its columns are not clean enough to trust. */
function readTable(run: PdfLine[]): ColumnRun['table'] {
  const em = run[0].size;
  const columns = columnsOf(run);
  const columnOf = (chunk: Chunk) => columns.findIndex((column) => chunk.x0 >= column.x0 && chunk.x1 <= column.x1);
  const byColumn = columns.map((_, index) => run.flatMap((line) => line.chunks.filter((chunk) => columnOf(chunk) === index)));
  const oneChunkPerColumn = run.every((line) => new Set(line.chunks.map(columnOf)).size === line.chunks.length);
  if (columns.length < 2 || !oneChunkPerColumn || !byColumn.every((chunks) => aligned(chunks, em))) return undefined;

  // A cell's last line so far reaching the next column (or the width of its column) means its text goes on below.
  const wrapped = (cell: Chunk | undefined, column: number) =>
    !!cell &&
    (column + 1 < columns.length
      ? columns[column + 1].x0 - cell.x1 <= WRAPPED_WITHIN * em
      : columns[column].x1 - cell.x1 <= LAST_COLUMN_WRAPPED_WITHIN * em);
  const rows: Cell[][] = [];
  for (const line of run) {
    const row = rows.at(-1);
    const goesOn = row && line.chunks.every((chunk) => wrapped(row[columnOf(chunk)].last, columnOf(chunk)));
    const target = goesOn ? row : columns.map((): Cell => ({ text: '' }));
    for (const chunk of line.chunks) target[columnOf(chunk)] = { text: joinText(target[columnOf(chunk)].text, chunk.text), last: chunk };
    if (!goesOn) rows.push(target);
  }
  const cells = rows.map((row) => row.map(({ text }) => ({ text })));
  // A first row of labels over rows with figures is a header row.
  const digits = (row: SourceCell[]) => row.some((cell) => /\d/.test(cell.text));
  const header = !digits(cells[0]) && cells.slice(1).some(digits);
  return { head: header ? cells.slice(0, 1) : [], rows: header ? cells.slice(1) : cells };
}
