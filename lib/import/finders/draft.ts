import type { SourceBlock, SourceParagraph } from '../source';
import type { Findings } from '../types';

/** A section as a finder proposes it: a printed heading, or a name for the contents where none is printed. */
export type DraftSection = { heading?: SourceParagraph; title?: string; blocks: SourceBlock[] };
export type DraftPart = { heading?: SourceParagraph; sections: DraftSection[] };

/** A finder's proposal for the body: the text before the first heading, the parts, and how they were found. */
export type Draft = { introduction: SourceBlock[]; parts: DraftPart[]; foundBy: string };

/** Proposes a structure for the body's blocks, or nothing where the body does not have its shape. */
export type Finder = (blocks: SourceBlock[], findings: Findings) => Draft | undefined;

export const isParagraph = (block: SourceBlock | undefined): block is SourceParagraph => block?.kind === 'paragraph';

const HEADING_MAX = 40;
const SHORT_HEADING = 30;

/**
 * Whether a line can head what follows it: short; at most a closing 「。」 「：」 「？」 (a heading may ask or
 * announce), never a full stop or semicolon inside (「（一）免交租金。经认定的……」 is an item with a run-in lead);
 * a comma only in a short one; and something must follow it that is not its own next sibling.
 */
export function canHead(block: SourceBlock, next: SourceBlock | undefined, isSibling: (next: SourceBlock) => boolean): boolean {
  if (!isParagraph(block) || !next || isSibling(next)) return false;
  const inner = block.text.replace(/[。：:？?！!]$/, '');
  if (inner.length > HEADING_MAX || /[。；;！!？?]/.test(inner)) return false;
  return !/[，,]/.test(inner) || inner.length <= SHORT_HEADING;
}

/** Characters of text in blocks, for how long a section takes to listen to. */
export function lengthOf(blocks: SourceBlock[]): number {
  return blocks.reduce((sum, block) => {
    if (block.kind === 'paragraph') return sum + block.text.length;
    if (block.kind === 'list') return sum + block.items.reduce((n, item) => n + item.text.length, 0);
    return sum + [...block.head, ...block.rows].flat().reduce((n, cell) => n + cell.text.length, 0);
  }, 0);
}

/**
 * Runs of units (blocks, articles) cut into as few sections as keep each under `limit` characters, as even as the
 * units allow: twelve equal articles over 1.2 limits are two sections of six, not one of ten and one of two.
 */
export function cutEvenly<T>(units: T[], length: (unit: T) => number, limit: number): T[][] {
  const total = units.reduce((sum, unit) => sum + length(unit), 0);
  const count = Math.max(1, Math.ceil(total / limit));
  const target = total / count;
  const runs: T[][] = [[]];
  let filled = 0;
  for (const unit of units) {
    const run = runs.at(-1)!;
    // Cut before a unit that would carry this run further past its share than stopping short of it would.
    if (run.length && runs.length < count && filled + length(unit) / 2 > target * runs.length) runs.push([]);
    runs.at(-1)!.push(unit);
    filled += length(unit);
  }
  return runs;
}
