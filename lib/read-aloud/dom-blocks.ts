import { restoreHalfWidth } from '@/lib/content/chinese-punctuation';
import { splitUtterances } from '@/lib/speech/split-utterances';
import type { QueueItem } from '@/lib/speech/read-aloud-controller';
import { halfWidthMarksOf, READ_BLOCKS, spokenOverride } from './read-block';

/**
 * What is on screen, in reading order: every visible [data-read-block] in the page's main content
 * (the heading, the summary's sentences and number cards, the original's paragraphs, list items and table rows), split into
 * utterances. The original's text is taken only from its [data-original-text] runs, so editor's-note
 * buttons are never read out as if they were the report.
 */
export function readableBlocks(root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(READ_BLOCKS)].filter(
    (el) => el.offsetParent !== null || el.getClientRects().length > 0,
  );
}

/** The text nodes of a block that are spoken, in order. */
export function spokenTextNodes(block: HTMLElement): Text[] {
  const original = block.querySelectorAll('[data-original-text]');
  const roots = original.length ? [...original] : [block];
  return roots.flatMap((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => {
        // Skip notes and buttons inside the block; a block that is itself inside a note (a glossary
        // explanation being read) is read whole.
        const skip = node.parentElement?.closest('[data-editorial], [data-read-skip]');
        return skip && block.contains(skip) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      },
    });
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    return nodes;
  });
}

/** The block's text as shown; a table row's or cell's, as it is said (its cells in a grid say nothing alone). */
export function blockText(block: HTMLElement): string {
  return (
    spokenOverride(block) ??
    spokenTextNodes(block)
      .map((node) => node.data)
      .join('')
  );
}

/** The block's text as published, which is what is spoken: the same length as shown, so offsets hold. */
export function spokenText(block: HTMLElement): string {
  return spokenOverride(block) ?? restoreHalfWidth(blockText(block), halfWidthMarksOf(block));
}

export function buildQueue(blocks: HTMLElement[]): QueueItem[] {
  return blocks.flatMap((block) => {
    // The 繁體 edition is the same Mandarin text, so it is spoken with the same voices as the original.
    const lang = block.closest('[lang]')?.getAttribute('lang')?.replace(/^zh-Hant$/, 'zh-CN') ?? undefined;
    return splitUtterances(spokenText(block)).map((u) => ({ ...u, blockId: block.id, lang }));
  });
}

/**
 * A DOM Range over [start, end) of a block's spoken text, for highlighting the sentence being read; none for a
 * row or cell, whose sentence is not its text as shown: the whole row is highlighted instead.
 */
export function rangeFor(block: HTMLElement, start: number, end: number): Range | null {
  if (spokenOverride(block) !== undefined) return null;
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (const node of spokenTextNodes(block)) {
    const next = offset + node.data.length;
    if (!started && start < next) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= next) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset = next;
  }
  return null;
}
