import { collapseText, type MarkedChar } from './html-text';

/** What HTML elements mean for the text: which are never shown, which make lines, what is bold and aligned. */

// What a browser never shows as the page's text: code, form controls and embedded documents.
const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'button', 'select', 'input', 'textarea',
  'video', 'audio', 'canvas', 'head',
]);
// Elements that start and end a line of their own; everything else flows into the paragraph around it.
export const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main',
  'nav', 'p', 'pre', 'section', 'summary', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr',
]);
export const LIST = new Set(['ul', 'ol', 'menu']);
export const HEADING = /^h([1-6])$/;
// In a cell or a list item, a line break or a paragraph inside it is kept apart from the next words by a space.
const INNER_BREAK = ' ';
const BOLD_WEIGHT = 700;

export type Align = 'center' | 'right' | 'left';

export function isElement(node: Node): node is Element {
  return node.nodeType === node.ELEMENT_NODE;
}

/** What the markup itself hides; a `visibility: hidden` (pages hide <body> until a script runs) does not count. */
export function isShown(element: Element): boolean {
  if (NEVER_TEXT.has(element.localName) || element.hasAttribute('hidden')) return false;
  return inlineStyle(element).get('display') !== 'none';
}

/**
 * The declarations of a `style` attribute, names and values in lower case as CSS compares them (old CMSs write
 * STYLE="DISPLAY: NONE", which jsdom's CSS parser drops).
 */
export function inlineStyle(element: Element): Map<string, string> {
  const declarations = new Map<string, string>();
  for (const declaration of (element.getAttribute('style') ?? '').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const value = declaration.slice(colon + 1).replace(/!\s*important/i, '').trim().toLowerCase();
    declarations.set(declaration.slice(0, colon).trim().toLowerCase(), value);
  }
  return declarations;
}

/** Bold by tag or by an inline weight, which also undoes an outer bold (editors paste <b style="font-weight:normal">). */
export function boldOf(element: Element, inherited: boolean): boolean {
  const weight = inlineStyle(element).get('font-weight');
  if (weight) return weight === 'bold' || weight === 'bolder' || Number(weight) >= BOLD_WEIGHT;
  return element.localName === 'strong' || element.localName === 'b' || inherited;
}

/** Alignment set on this element (`left` where it undoes an outer one), or undefined where it inherits. */
export function alignOf(element: Element): Align | undefined {
  const value = (inlineStyle(element).get('text-align') ?? element.getAttribute('align') ?? '').toLowerCase();
  if (value === 'center' || value === '-webkit-center') return 'center';
  if (value === 'right' || value === 'end') return 'right';
  if (value === 'left' || value === 'start' || value === 'justify') return 'left';
  return element.localName === 'center' ? 'center' : undefined;
}

/**
 * Characters of an element's content as one line (line breaks and blocks inside it become `INNER_BREAK`),
 * leaving out the elements `skip` names.
 */
export function markedChars(element: Element, skip: (element: Element) => boolean = () => false): MarkedChar[] {
  const chars: MarkedChar[] = [];
  const walk = (parent: Element, isBold: boolean) => {
    for (const node of parent.childNodes) {
      if (node.nodeType === node.TEXT_NODE) {
        for (const char of node.nodeValue ?? '') chars.push({ char, bold: isBold });
      } else if (isElement(node) && isShown(node) && !skip(node)) {
        const tag = node.localName;
        const separate = tag === 'br' || tag === 'table' || BLOCK.has(tag) || LIST.has(tag) || HEADING.test(tag);
        if (separate) chars.push({ char: INNER_BREAK, bold: isBold });
        walk(node, boldOf(node, isBold));
        if (separate) chars.push({ char: INNER_BREAK, bold: isBold });
      }
    }
  };
  walk(element, boldOf(element, false));
  return collapseText(chars);
}

/** The words of an element as a reader sees them on one line: what a cell or a metadata label holds. */
export function readableText(element: Element): string {
  return textOf(markedChars(element));
}

export function textOf(chars: MarkedChar[]): string {
  return chars.map(({ char }) => char).join('');
}

/** The bold run that opens collapsed text, when the text goes on in normal weight. */
export function leadOf(chars: MarkedChar[]): string | undefined {
  const end = chars.findIndex(({ char, bold }) => !bold && char.trim() !== '');
  if (end <= 0) return undefined;
  return textOf(chars.slice(0, end)).trimEnd() || undefined;
}
