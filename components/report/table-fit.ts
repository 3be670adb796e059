import type { TableLayout } from '@/lib/content/table-layout';

// Past this a column wraps its words instead of widening; below it, the column is as wide as its longest cell.
const COLUMN_MAX = 12;
const CELL_PADDING = 1.5;
export const FIT_STEP = 4;
export const FIT_WIDEST = 64;

/**
 * How wide, in characters of body text, the table needs to be shown as a grid without squeezing its columns to a
 * few hanzi a line: each column as wide as its longest cell (a hanzi is 1 em, a digit or Latin letter about half),
 * up to COLUMN_MAX. Rounded up to a step, for PublishedTable.module.css, which shows the grid only where the
 * page has that width and every row as a card of 「表头：值」 lines where it has not.
 */
export function tableFit(layout: TableLayout): number {
  const widths = Array.from({ length: layout.columns }, () => 0);
  for (const spot of [...layout.head, ...layout.rows].flat()) {
    if (spot.colspan > 1) continue;
    widths[spot.column] = Math.max(widths[spot.column], Math.min(COLUMN_MAX, ems(spot.cell.text)));
  }
  const needed = widths.reduce((sum, width) => sum + width + CELL_PADDING, 0);
  return Math.min(FIT_WIDEST, Math.ceil(needed / FIT_STEP) * FIT_STEP);
}

const ems = (text: string) => [...text].reduce((sum, char) => sum + (/[\x20-\x7e]/.test(char) ? 0.55 : 1), 0);
