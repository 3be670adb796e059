import type { AnnotatedText, Block, TableBlock } from './schema';
import { layoutTable } from './table-layout';
import { rowSpeech } from './table-speech';

/**
 * The ids a block's parts are found by, in URLs, anchors and read-aloud: derived from the block's own id, so an
 * editor names only blocks. Letters keep them apart from the numbered ids the importer gives blocks (2-1-3).
 */
export const itemId = (blockId: string, item: number) => `${blockId}-i${item + 1}`;
export const rowId = (blockId: string, row: number) => `${blockId}-r${row + 1}`;
export const cellId = (blockId: string, row: number, column: number) => `${blockId}-r${row + 1}c${column + 1}`;

/** Every piece of published text in a block, in reading order: the paragraph, each item, the caption and each cell. */
export function blockTexts(block: Block): AnnotatedText[] {
  switch (block.kind) {
    case 'paragraph':
      return [block];
    case 'list':
      return block.list.items.map(({ marker, ...item }) => (marker ? { ...item, text: `${marker}${item.text}` } : item));
    case 'table':
      return tableTexts(block);
  }
}

function tableTexts({ table }: TableBlock): AnnotatedText[] {
  return [...(table.caption ? [{ text: table.caption }] : []), ...[...table.head, ...table.rows].flat().filter((cell) => cell.text)];
}

/** A section's published text as plain strings (its heading first), for checks that something occurs in it. */
export function sectionTexts(section: { heading?: string; blocks: Block[] }): string[] {
  return [section.heading ?? '', ...section.blocks.flatMap(blockTexts).map((annotated) => annotated.text)];
}

/**
 * The places in a block a reader can be sent to and hear as one: a paragraph; each list item, number first; a table's
 * caption, and each row as the sentence it is read as (lib/content/table-speech.ts). Search results and links to a
 * passage lead to these ids.
 */
export function readUnits(block: Block): { id: string; text: string }[] {
  switch (block.kind) {
    case 'paragraph':
      return [{ id: block.id, text: block.text }];
    case 'list':
      return block.list.items.map((item, index) => ({ id: itemId(block.id, index), text: `${item.marker ?? ''}${item.text}` }));
    case 'table': {
      const layout = layoutTable(block.table);
      const caption = block.table.caption ? [{ id: `${block.id}-caption`, text: block.table.caption }] : [];
      return [...caption, ...layout.rows.map((_, row) => ({ id: rowId(block.id, row), text: rowSpeech(layout, row) }))];
    }
  }
}
