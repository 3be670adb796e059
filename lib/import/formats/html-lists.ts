import type { SourceListItem } from '../source';
import { inlineStyle, isShown, leadOf, LIST, markedChars, textOf } from './html-markup';
import { roman } from './roman-numerals';

/**
 * A list's items, nested lists flattened into it after their parent item. A list item that holds paragraphs is
 * one item, its paragraphs joined by a space. The marker is the one the browser draws, unless the front end that
 * made the HTML knew better (`data-marker`: Word's 「（一）」, which HTML cannot state).
 */
export function listItems(list: Element): SourceListItem[] {
  const items: SourceListItem[] = [];
  const numbering = listNumbering(list);
  let value = numbering?.start ?? 0;
  for (const child of list.children) {
    if (!isShown(child)) continue;
    if (LIST.has(child.localName)) {
      items.push(...listItems(child));
      continue;
    }
    const isItem = child.localName === 'li';
    const explicit = Number.parseInt((isItem && child.getAttribute('value')) || '', 10);
    if (!Number.isNaN(explicit)) value = explicit;
    const nested = [...child.children].filter((grandchild) => LIST.has(grandchild.localName) && isShown(grandchild));
    const chars = markedChars(child, (element) => nested.includes(element));
    if (chars.length > 0) {
      const item: SourceListItem = { text: textOf(chars) };
      const marker = child.getAttribute('data-marker') ?? (isItem ? numbering?.format(value) : undefined);
      if (marker) item.marker = marker;
      const lead = leadOf(chars);
      if (lead) item.lead = lead;
      items.push(item);
    }
    if (isItem && numbering) value += numbering.step;
    for (const grandchild of nested) items.push(...listItems(grandchild));
  }
  return items;
}

type ListNumbering = { start: number; step: number; format: (value: number) => string };

/** How an <ol> numbers its items (`start`, `reversed`, `type`, or a list-style-type set inline); none for bullets. */
function listNumbering(list: Element): ListNumbering | undefined {
  if (list.localName !== 'ol') return undefined;
  const style = inlineStyle(list);
  const isType = (word: string) => word === 'none' || word in STYLE_COUNTERS;
  const styleType = style.get('list-style-type') ?? style.get('list-style')?.split(/\s+/).find(isType);
  if (styleType === 'none') return undefined;
  const reversed = list.hasAttribute('reversed');
  const count = [...list.children].filter((child) => child.localName === 'li').length;
  const start = Number.parseInt(list.getAttribute('start') ?? '', 10);
  const counter = STYLE_COUNTERS[styleType ?? ''] ?? TYPE_COUNTERS[list.getAttribute('type') ?? '1'] ?? decimal;
  return {
    start: Number.isNaN(start) ? (reversed ? count : 1) : start,
    step: reversed ? -1 : 1,
    format: (value) => `${counter(value)}.`,
  };
}

const decimal = (value: number) => String(value);
/** CSS's alphabetic counters: a … z, aa, ab …; outside their range the browser falls back to decimal. */
const alphabetic = (letters: string) => (value: number) => {
  if (value < 1) return decimal(value);
  let text = '';
  for (let rest = value; rest > 0; rest = Math.floor((rest - 1) / 26)) text = letters[(rest - 1) % 26] + text;
  return text;
};
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const TYPE_COUNTERS: Record<string, (value: number) => string> = {
  '1': decimal,
  a: alphabetic(LOWER),
  A: alphabetic(LOWER.toUpperCase()),
  i: (value) => roman(value).toLowerCase(),
  I: roman,
};
const STYLE_COUNTERS: Record<string, (value: number) => string> = {
  decimal,
  'lower-alpha': TYPE_COUNTERS.a,
  'lower-latin': TYPE_COUNTERS.a,
  'upper-alpha': TYPE_COUNTERS.A,
  'upper-latin': TYPE_COUNTERS.A,
  'lower-roman': TYPE_COUNTERS.i,
  'upper-roman': TYPE_COUNTERS.I,
};
