import { halfWidthMarks } from '@/lib/content/chinese-punctuation';

/**
 * The contract between the pages and reading aloud. An element marked `data-read-block` is one unit the
 * player reads, found by its id. The page shows full-width punctuation where the published text has
 * half-width marks (lib/content/chinese-punctuation.ts); `data-halfwidth` lists where, so the voice is
 * given the text as published and the utterances, and the offline recordings, stay the same.
 */
export const READ_BLOCK_ATTRIBUTE = 'data-read-block';
export const READ_BLOCKS = 'main [data-read-block]';
const HALF_WIDTH_ATTRIBUTE = 'data-halfwidth';

/** The attributes of an element read aloud as a whole, whose published text is `published`. */
export function readBlock(published: string): Record<string, string> {
  const marks = halfWidthMarks(published);
  return { [READ_BLOCK_ATTRIBUTE]: '', ...(marks.length ? { [HALF_WIDTH_ATTRIBUTE]: marks.join(' ') } : {}) };
}

const SPOKEN_ATTRIBUTE = 'data-spoken';
const CELL_SPOKEN_ATTRIBUTE = 'data-cell-spoken';
/** A table cell 指读 can read on its own: it carries its words with its header. */
export const SPOKEN_CELL = `[${CELL_SPOKEN_ATTRIBUTE}]`;

/**
 * The attributes of a block that is read as a sentence it does not show as such: a table row, shown as cells and
 * read with its headers (「60周岁至64周岁，每月增加金额20元……」). `spoken` is published text, as the voice gets it.
 */
export function spokenBlock(spoken: string): Record<string, string> {
  return { [READ_BLOCK_ATTRIBUTE]: '', [SPOKEN_ATTRIBUTE]: spoken };
}

/** What a block says when it is not its own text (a row, a cell), or undefined for a block read as shown. */
export const spokenOverride = (element: Element) =>
  element.getAttribute(SPOKEN_ATTRIBUTE) ?? element.getAttribute(CELL_SPOKEN_ATTRIBUTE) ?? undefined;

/** The attributes of a read-aloud block whose full-width marks are already known (a search result's passage). */
export function readBlockWithMarks(marks: string): Record<string, string> {
  return { [READ_BLOCK_ATTRIBUTE]: '', ...(marks ? { [HALF_WIDTH_ATTRIBUTE]: marks } : {}) };
}

/** The indices a block shows full-width, from its attribute. */
export function halfWidthMarksOf(block: Element): number[] {
  return (block.getAttribute(HALF_WIDTH_ATTRIBUTE) ?? '').split(' ').filter(Boolean).map(Number);
}
