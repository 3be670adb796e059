import { markerOf, type MarkerFamily } from './markers';
import type { SourceBlock, SourceList, SourceParagraph } from './source';

// Numbered lines that, two or more in a row, are the items of one list. 一、 is among them for a 通告 whose parts
// are all one sentence each; 第…条 never is: an article is a paragraph with its number in bold.
const ITEM_FAMILIES: MarkerFamily[] = ['part', 'paren-hanzi', 'arabic', 'paren-arabic', 'circled', 'step'];
// A run-in lead is a short first sentence (「免交租金。」) with more text after it.
const RUN_IN_LEAD = /^[^。！？；!?;，,]{1,15}[。！？]/;

/**
 * Consecutive lines numbered in one family and in order (（一）（二）…, 1. 2. …, 步骤1： 步骤2：) become a list, each
 * item its number as printed and its words; a run-in lead stays with its item, shown bold. Other lines stay as
 * they are, with an article's number or a numbered line's run-in lead marked for bold.
 */
export function gatherItems(blocks: SourceBlock[]): SourceBlock[] {
  const out: SourceBlock[] = [];
  let run: SourceParagraph[] = [];
  const flush = () => {
    if (run.length >= 2) out.push(toList(run));
    else out.push(...run.map(withLead));
    run = [];
  };
  for (const block of blocks) {
    const marker = block.kind === 'paragraph' ? markerOf(block.text) : undefined;
    const previous = run.at(-1) && markerOf(run.at(-1)!.text)!;
    const continues = marker && previous && marker.family === previous.family && marker.number === previous.number + 1;
    if (!continues) flush();
    if (marker && ITEM_FAMILIES.includes(marker.family) && block.kind === 'paragraph' && marker.text.length < block.text.length) run.push(block);
    else out.push(block.kind === 'paragraph' ? withLead(block) : block);
  }
  flush();
  return out;
}

function toList(items: SourceParagraph[]): SourceList {
  return {
    kind: 'list',
    ordered: true,
    at: items[0].at,
    items: items.map((item) => {
      const marker = markerOf(item.text)!.text;
      const text = item.text.slice(marker.length).trim();
      const lead = leadOf(item, marker.length, text);
      return { marker, text, ...(lead && { lead }) };
    }),
  };
}

/** A numbered line's run-in lead, or an article's number, shown bold; a lead the file marks bold wins. */
function withLead(block: SourceParagraph): SourceParagraph {
  const marker = markerOf(block.text);
  if (block.lead || !marker) return block;
  if (marker.family === 'article') return { ...block, lead: marker.text };
  const rest = block.text.slice(marker.text.length);
  const lead = rest.match(RUN_IN_LEAD)?.[0];
  return lead && lead.length < rest.trim().length ? { ...block, lead: marker.text + lead } : block;
}

/** An item's lead, in its own words: the file's bold run less the number, or its short first sentence. */
function leadOf(item: SourceParagraph, markerLength: number, text: string): string | undefined {
  const offset = item.text.length - text.length;
  if (item.lead && item.lead.length > offset) return item.lead.slice(offset).trim() || undefined;
  if (item.lead) return undefined;
  const lead = text.match(RUN_IN_LEAD)?.[0];
  return lead && lead.length < text.length && markerLength ? lead : undefined;
}
