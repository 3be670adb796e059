import type { Block, TableCell } from '../content/schema';
import type { SourceBlock, SourceCell, SourceTable } from './source';
import type { Findings } from './types';

const HEADER_CELL_MAX = 16;

/** Source blocks as content blocks (lib/content/schema.ts), numbered `<section>-<k>` in order. */
export function toBlocks(sectionId: string, blocks: SourceBlock[], findings: Findings): Block[] {
  return blocks.map((block, index): Block => {
    const id = `${sectionId}-${index + 1}`;
    switch (block.kind) {
      case 'paragraph':
        return { kind: 'paragraph', id, text: block.text, ...(block.lead && block.text.startsWith(block.lead) && { lead: block.lead }) };
      case 'list':
        return {
          kind: 'list',
          id,
          list: {
            ordered: block.ordered,
            items: block.items.map((item) => ({
              ...(item.marker && { marker: item.marker }),
              text: item.text,
              ...(item.lead && item.text.startsWith(item.lead) && { lead: item.lead }),
            })),
          },
        };
      case 'table':
        return { kind: 'table', id, table: toTable(block, findings) };
    }
  });
}

/**
 * A table with its header rows: those the file marks, or else a first row that reads as one (short names, no
 * figures, above rows with figures), said in the report as a guess. Where there is a header row and more than one
 * column, the first column is taken to name each row (年龄段 → 60周岁至64周岁), as read-aloud needs to say it first.
 */
function toTable(block: SourceTable, findings: Findings) {
  let { head, rows } = block;
  if (!head.length && rows.length > 1 && looksLikeHeader(rows[0], rows.slice(1))) {
    [head, rows] = [[rows[0]], rows.slice(1)];
    findings.unsure.push({ n: block.at.n, text: rows.length ? head[0].map((c) => c.text).join(' | ') : '', why: 'the table’s first row taken as its header row' });
  }
  const columns = Math.max(0, ...[...head, ...rows].map((row) => row.reduce((n, cell) => n + (cell.colspan ?? 1), 0)));
  return {
    ...(block.caption && { caption: block.caption }),
    head: head.map((row) => row.map(toCell)),
    rows: rows.map((row) => row.map(toCell)),
    ...(head.length && columns > 1 && { rowHeaders: true }),
  };
}

const looksLikeHeader = (first: SourceCell[], rest: SourceCell[][]) =>
  first.every((cell) => cell.text && cell.text.length <= HEADER_CELL_MAX && !/\d/.test(cell.text)) && rest.flat().some((cell) => /\d/.test(cell.text));

const toCell = (cell: SourceCell): TableCell => ({
  text: cell.text,
  ...(cell.colspan && cell.colspan > 1 && { colspan: cell.colspan }),
  ...(cell.rowspan && cell.rowspan > 1 && { rowspan: cell.rowspan }),
});
