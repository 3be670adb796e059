import { markerOf, type MarkerFamily } from '../markers';
import type { SourceBlock } from '../source';
import type { Findings } from '../types';
import { canHead, isParagraph, type Draft, type DraftPart, type DraftSection, type Finder } from './draft';

/**
 * The outline of a report or notice: 一、 parts, and （一） sections under them (GB/T 9704's first two levels). A
 * numbered line heads only where it can (canHead): 「（一）免交租金。经认定的……」 and 「四、本通知自印发之日起施行。」
 * stay text, counted in the sequence. A number out of sequence is text too, and listed, since a real heading never
 * skips one. At least two part headings are needed.
 */
export const findOutline: Finder = (blocks, findings) => {
  const headings = sequence(blocks, 'part', findings, ['part']);
  if (headings.filter((h) => h.heads).length < 2) return undefined;
  const draft: Draft = { introduction: [], parts: [], foundBy: '一、 parts' };
  let sections = 0;
  blocks.forEach((block, index) => {
    const part = draft.parts.at(-1);
    const heading = headings.find((h) => h.index === index && h.heads);
    if (heading) {
      draft.parts.push({ heading: block as DraftPart['heading'], sections: [] });
      return;
    }
    if (!part) return draft.introduction.push(block);
    (part.sections.at(-1) ?? pushed(part.sections, { blocks: [] })).blocks.push(block);
  });
  for (const part of draft.parts) {
    const split = splitSections(part.sections[0]?.blocks ?? [], findings);
    part.sections = split;
    sections += split.filter((s) => s.heading).length;
  }
  if (sections) draft.foundBy = '一、 parts and （一） sections';
  return draft;
};

/** A part's blocks cut at its （一） headings; the text before the first is a section without a heading. */
function splitSections(blocks: SourceBlock[], findings: Findings): DraftSection[] {
  const headings = sequence(blocks, 'paren-hanzi', findings, ['paren-hanzi', 'part']);
  const sections: DraftSection[] = [];
  blocks.forEach((block, index) => {
    if (headings.some((h) => h.index === index && h.heads)) sections.push({ heading: block as DraftSection['heading'], blocks: [] });
    else (sections.at(-1) ?? pushed(sections, { blocks: [] })).blocks.push(block);
  });
  return sections;
}

type Numbered = { index: number; heads: boolean };

/**
 * The lines numbered 1, 2, 3 … in one family, in order; each either heads what follows it or is text. A heading
 * needs something under it before the next line numbered in one of the `stops` families (its sibling, or a parent).
 */
export function sequence(blocks: SourceBlock[], family: MarkerFamily, findings: Findings, stops: MarkerFamily[]): Numbered[] {
  const found: Numbered[] = [];
  let expected = 1;
  blocks.forEach((block, index) => {
    if (!isParagraph(block)) return;
    const marker = markerOf(block.text);
    if (marker?.family !== family) return;
    if (marker.number !== expected) {
      if (marker.number > expected && found.some((f) => f.heads)) {
        findings.unsure.push({ n: block.at.n, text: block.text, why: 'numbered like a heading, but out of order: kept as text' });
      }
      return;
    }
    const isSibling = (next: SourceBlock) => isParagraph(next) && stops.includes(markerOf(next.text)?.family as MarkerFamily);
    found.push({ index, heads: canHead(block, blocks[index + 1], isSibling) });
    expected++;
  });
  return found;
}

function pushed<T>(list: T[], item: T): T {
  list.push(item);
  return item;
}
