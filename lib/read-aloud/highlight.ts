import { rangeFor } from './dom-blocks';
import { spokenOverride } from './read-block';
import { announceReading } from './reading-position';
import { clearSentenceMarks, markSentence } from './sentence-marks';

const HIGHLIGHT = 'read-aloud-sentence';

/**
 * Marks what is being read: the block gets data-reading (an outline, visible in every theme, so colour is
 * not the only cue) and the sentence itself is highlighted: with the CSS Custom Highlight API, without touching
 * the DOM, or where that is missing, by <mark> elements around its text. The block is kept in view, above what is
 * fixed at the bottom.
 */
export function showReading(block: HTMLElement | null, start: number, end: number) {
  document.querySelectorAll('[data-reading]').forEach((el) => el !== block && el.removeAttribute('data-reading'));
  const highlights = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  highlights?.delete(HIGHLIGHT);
  clearSentenceMarks();
  if (!block) return announceReading(null);
  block.setAttribute('data-reading', '');
  let range = rangeFor(block, start, end);
  const HighlightClass = (globalThis as { Highlight?: new (range: Range) => unknown }).Highlight;
  if (range && highlights && HighlightClass) highlights.set(HIGHLIGHT, new HighlightClass(range));
  else if (range) {
    markSentence(block, start, end);
    // The marks split the text nodes the first range ran through: measure the sentence as it now stands.
    range = rangeFor(block, start, end);
  }
  keepInView(range ?? block);
  // The 阅读尺 and 十字线 follow the sentence being read.
  const box = (range ?? block).getBoundingClientRect();
  const text = range?.toString() ?? spokenOverride(block)?.slice(start, end) ?? block.textContent ?? '';
  announceReading({ x: box.left, y: box.top + box.height / 2, text });
}

// What is fixed at the bottom of the screen: the player, the 大字幕 panel and 回到顶部.
const BOTTOM_FIXED = '[data-player-bar], [data-caption-panel], [data-back-to-top]';

/** The line above which nothing fixed covers the page. */
function clearBottom(): number {
  const tops = [...document.querySelectorAll(BOTTOM_FIXED)]
    .map((el) => el.getBoundingClientRect())
    .filter((box) => box.height > 0)
    .map((box) => box.top);
  return Math.min(window.innerHeight, ...tops);
}

/**
 * Scrolls the sentence itself to the middle of the part of the screen nothing covers. Centring its paragraph
 * instead left a sentence of a paragraph taller than the screen under the player bar.
 */
function keepInView(target: Range | HTMLElement) {
  const rect = target.getBoundingClientRect();
  const bottom = clearBottom();
  if (rect.top >= 0 && rect.bottom <= bottom) return;
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const top = window.scrollY + rect.top - Math.max(0, (bottom - rect.height) / 2);
  window.scrollTo({ top, behavior: reduce ? 'auto' : 'smooth' });
}
