import { fullWidthPunctuation } from '@/lib/content/chinese-punctuation';
import { cellId, rowId } from '@/lib/content/blocks';
import type { TableBlock } from '@/lib/content/schema';
import { layoutTable, type PlacedCell, type TableLayout } from '@/lib/content/table-layout';
import { cellSpeech, rowSpeech } from '@/lib/content/table-speech';
import { readBlock, spokenBlock } from '@/lib/read-aloud/read-block';
import { AnnotatedText, type Terms } from './AnnotatedText';
import { tableFit } from './table-fit';
import styles from './PublishedTable.module.css';

type Props = { block: TableBlock; lang: string; terms: Terms };

/**
 * A table as published, as a real <table> (caption, <th scope>) so its structure reaches every reader (WCAG 1.3.1).
 * Where the page is too narrow for its columns it is shown as one card per row, each value under its header's name,
 * so nothing scrolls sideways (WCAG 1.4.10); the roles are written out because browsers drop a table's semantics
 * once its display changes. Each row is read aloud as one sentence with its headers (lib/content/table-speech.ts);
 * 指读 on a cell reads that cell with its header.
 */
export function PublishedTable({ block, lang, terms }: Props) {
  const { table } = block;
  const layout = layoutTable(table);
  return (
    <div className={styles.frame} data-table-fit={tableFit(layout)}>
      <table id={block.id} className={styles.table} role="table">
        {table.caption && (
          <caption id={`${block.id}-caption`} className={styles.caption} {...readBlock(table.caption)}>
            <AnnotatedText id={`${block.id}-caption`} value={{ text: table.caption }} lang={lang} />
          </caption>
        )}
        {layout.head.length > 0 && (
          <thead className={styles.head} role="rowgroup">
            {layout.head.map((cells, r) => (
              <tr key={r} role="row">
                {cells.map((spot) => (
                  <th
                    key={spot.column}
                    scope={spot.colspan > 1 ? 'colgroup' : 'col'}
                    role="columnheader"
                    colSpan={spot.colspan > 1 ? spot.colspan : undefined}
                    rowSpan={spot.rowspan > 1 ? spot.rowspan : undefined}
                  >
                    <AnnotatedText id={`${block.id}-h${r + 1}c${spot.column + 1}`} value={spot.cell} lang={lang} terms={terms} />
                  </th>
                ))}
              </tr>
            ))}
          </thead>
        )}
        <tbody role="rowgroup">
          {layout.rows.map((cells, r) => {
            const copies = spannedInto(layout, r);
            return (
              <tr key={r} id={rowId(block.id, r)} className={styles.row} role="row" {...spokenBlock(rowSpeech(layout, r))}>
                {cells.map((spot, index) => {
                  const id = cellId(block.id, r, spot.column);
                  const Cell = layout.rowHeaders && spot.column === 0 ? 'th' : 'td';
                  // Cells spanning down from above stand in this row's card too, before the next cell of the row.
                  const before = copies.filter((copy) => copy.column < spot.column && copy.column > (cells[index - 1]?.column ?? -1));
                  const after = index === cells.length - 1 ? copies.filter((copy) => copy.column > spot.column) : [];
                  return (
                    <Cell
                      key={spot.column}
                      id={id}
                      {...(Cell === 'th' ? { scope: 'row', role: 'rowheader' } : { role: 'cell' })}
                      colSpan={spot.colspan > 1 ? spot.colspan : undefined}
                      rowSpan={spot.rowspan > 1 ? spot.rowspan : undefined}
                      data-cell-spoken={cellSpeech(layout, r, spot.column) || undefined}
                      data-empty={!spot.cell.text && !before.length && !after.length ? '' : undefined}
                    >
                      {before.map((copy) => (
                        <CardCopy key={copy.column} layout={layout} spot={copy} />
                      ))}
                      {Cell === 'td' && <CardLabel layout={layout} spot={spot} />}
                      <AnnotatedText id={id} value={spot.cell} lang={lang} terms={terms} />
                      {after.map((copy) => (
                        <CardCopy key={copy.column} layout={layout} spot={copy} />
                      ))}
                    </Cell>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The cells that span down into a row from the rows above it, in column order. */
function spannedInto(layout: TableLayout, row: number): PlacedCell[] {
  const spots = Array.from({ length: layout.columns }, (_, column) => layout.bodyCell(row, column));
  return spots.filter((spot, column): spot is PlacedCell => !!spot && spot.row < row && spot.column === column);
}

/**
 * The header's name before a value, on a card only. Hidden from assistive technology, which hears the real
 * column header through the table's semantics; read-aloud uses the row's own sentence.
 */
function CardLabel({ layout, spot }: { layout: TableLayout; spot: PlacedCell }) {
  const names = Array.from({ length: spot.colspan }, (_, i) => layout.columnHeader(spot.column + i)).filter(Boolean);
  if (!names.length) return null;
  return (
    <span className={styles.label} aria-hidden="true">
      {fullWidthPunctuation([...new Set(names)].join('／'))}：
    </span>
  );
}

/** A spanning cell repeated in a later row's card, for the eye only: the grid shows it once. */
function CardCopy({ layout, spot }: { layout: TableLayout; spot: PlacedCell }) {
  return (
    <span className={styles.copy} aria-hidden="true">
      {!(layout.rowHeaders && spot.column === 0) && <CardLabel layout={layout} spot={spot} />}
      {fullWidthPunctuation(spot.cell.text)}
    </span>
  );
}
