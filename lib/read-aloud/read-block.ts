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

/** The attributes of a read-aloud block whose full-width marks are already known (a search result's passage). */
export function readBlockWithMarks(marks: string): Record<string, string> {
  return { [READ_BLOCK_ATTRIBUTE]: '', ...(marks ? { [HALF_WIDTH_ATTRIBUTE]: marks } : {}) };
}

/** The indices a block shows full-width, from its attribute. */
export function halfWidthMarksOf(block: Element): number[] {
  return (block.getAttribute(HALF_WIDTH_ATTRIBUTE) ?? '').split(' ').filter(Boolean).map(Number);
}
