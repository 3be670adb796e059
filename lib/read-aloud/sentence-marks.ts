import { spokenTextNodes } from './dom-blocks';

const MARK = 'data-reading-sentence';

/**
 * Where the CSS Custom Highlight API is missing (Safari before 17.2, Chromium before 105), [start, end) of a block's
 * spoken text is wrapped in <mark> elements instead, one for each text node it covers. The text stays the same, so
 * every offset into the block still holds; clearSentenceMarks() puts the nodes back as they were.
 */
export function markSentence(block: HTMLElement, start: number, end: number) {
  let offset = 0;
  for (const node of spokenTextNodes(block)) {
    const from = Math.max(start, offset) - offset;
    const to = Math.min(end, offset + node.data.length) - offset;
    offset += node.data.length;
    if (from >= to) continue;
    const inside = from > 0 ? node.splitText(from) : node;
    if (to - from < inside.data.length) inside.splitText(to - from);
    const mark = document.createElement('mark');
    mark.setAttribute(MARK, '');
    inside.replaceWith(mark);
    mark.append(inside);
  }
}

/** Unwraps every mark and joins the text back into the single node it was split from. */
export function clearSentenceMarks() {
  for (const mark of document.querySelectorAll(`mark[${MARK}]`)) {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    parent?.normalize();
  }
}
