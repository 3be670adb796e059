import type { Table, TableCell } from './schema';

/** A cell where it stands in the table's grid: its first row and column, and how far it spans. */
export type PlacedCell = { cell: TableCell; row: number; column: number; colspan: number; rowspan: number };

/** A table laid out on its grid, header rows and body rows apart, as a reader's eye (or a screen reader) sees it. */
export type TableLayout = {
  columns: number;
  head: PlacedCell[][];
  rows: PlacedCell[][];
  /** Grid lookups: the cell covering a body row's column (row spans from above included), and each column's header. */
  bodyCell: (row: number, column: number) => PlacedCell | undefined;
  columnHeader: (column: number) => string;
  rowHeaders: boolean;
  /** Rows whose cells do not fill the grid the first row sets, for the content check: 「rows.2: 4 columns, not 3」. */
  problems: string[];
};

/** Places each cell on the grid the way HTML's table model does: spans claim the slots below and beside them. */
function place(rows: TableCell[][], where: string, problems: string[]) {
  const taken: boolean[][] = [];
  const placed = rows.map((cells, r) => {
    taken[r] ??= [];
    let column = 0;
    return cells.map((cell) => {
      while (taken[r][column]) column++;
      const colspan = cell.colspan ?? 1;
      const rowspan = Math.min(cell.rowspan ?? 1, rows.length - r);
      for (let dr = 0; dr < rowspan; dr++) {
        taken[r + dr] ??= [];
        for (let dc = 0; dc < colspan; dc++) taken[r + dr][column + dc] = true;
      }
      const spot = { cell, row: r, column, colspan, rowspan };
      column += colspan;
      return spot;
    });
  });
  // Every row must fill the same columns, spans included, or headers and values would pair wrongly.
  const filled = taken.map((row) => (row.length === row.filter(Boolean).length ? row.length : -1));
  const width = filled[0] ?? 0;
  filled.forEach((count, r) => {
    if (count !== width) problems.push(`${where}.${r}: ${count === -1 ? 'leaves a gap between its cells' : `fills ${count} columns where the first row fills ${width}`}`);
  });
  return { placed, width };
}

export function layoutTable(table: Table): TableLayout {
  const problems: string[] = [];
  const head = place(table.head, 'head', problems);
  const body = place(table.rows, 'rows', problems);
  const columns = Math.max(head.width, body.width);
  if (table.head.length && head.width !== body.width) problems.push(`head has ${head.width} columns and rows ${body.width}`);

  const grid: (PlacedCell | undefined)[][] = table.rows.map(() => []);
  for (const spot of body.placed.flat()) {
    for (let dr = 0; dr < spot.rowspan; dr++) for (let dc = 0; dc < spot.colspan; dc++) grid[spot.row + dr][spot.column + dc] = spot;
  }
  // A header spanning columns names each of them; stacked header rows are read top to bottom (调整后 + 每月基础养老金).
  const headers = Array.from({ length: columns }, (_, column) => {
    const names: string[] = [];
    for (const spot of head.placed.flat()) {
      const covers = column >= spot.column && column < spot.column + spot.colspan;
      if (covers && spot.cell.text && !names.includes(spot.cell.text)) names.push(spot.cell.text);
    }
    return names.join('');
  });
  return {
    columns,
    head: head.placed,
    rows: body.placed,
    bodyCell: (row, column) => grid[row]?.[column],
    columnHeader: (column) => headers[column] ?? '',
    rowHeaders: !!table.rowHeaders,
    problems,
  };
}
