import type { SourceCell, SourceTable } from '../source';
import { isShown, readableText } from './html-markup';

/** A data table's caption, header rows and body rows, merged cells kept; undefined where every cell is empty. */
export function readTable(table: HTMLTableElement): Omit<SourceTable, 'at'> | undefined {
  const head: SourceCell[][] = [];
  const rows: SourceCell[][] = [];
  for (const row of table.rows) {
    if (!isShown(row)) continue;
    const shown = [...row.cells].filter(isShown);
    const cells = shown.map(readCell);
    if (cells.every((cell) => cell.text === '' && !cell.colspan && !cell.rowspan)) continue;
    // Header cells at the top of the table head it; a row of them further down is a heading inside the body.
    const allHeaderCells = shown.every((cell) => cell.localName === 'th');
    const isHead = row.parentElement?.localName === 'thead' || (rows.length === 0 && allHeaderCells);
    (isHead ? head : rows).push(cells);
  }
  if (head.length === 0 && rows.length === 0) return undefined;
  const caption = table.caption && isShown(table.caption) ? readableText(table.caption) : '';
  return { kind: 'table', ...(caption ? { caption } : {}), head, rows };
}

function readCell(cell: HTMLTableCellElement): SourceCell {
  const found: SourceCell = { text: readableText(cell) };
  if (cell.colSpan > 1) found.colspan = cell.colSpan;
  if (cell.rowSpan > 1) found.rowspan = cell.rowSpan;
  return found;
}

/**
 * A table that lays out the page rather than holding data: marked presentational, one column, or holding headings
 * or landmarks (older sites set the whole article in a cell; the web-page front end marks its article role=main).
 */
export function isLayoutTable(table: HTMLTableElement): boolean {
  const role = table.getAttribute('role');
  if (role === 'presentation' || role === 'none') return true;
  return (
    [...table.rows].every((row) => row.cells.length <= 1) ||
    table.querySelector('h1, h2, h3, h4, h5, h6, main, article, nav, form, [role="main"]') !== null
  );
}
