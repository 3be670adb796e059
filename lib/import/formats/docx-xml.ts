/** WordprocessingML, read through the DOM: namespaces, child lookups, and the style chain of a paragraph. */

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** The first child `w:<name>`. */
export function child(element: Element | undefined, name: string): Element | undefined {
  if (!element) return undefined;
  for (const candidate of element.children) if (candidate.namespaceURI === W && candidate.localName === name) return candidate;
  return undefined;
}

export function children(element: Element | undefined, name: string): Element[] {
  return element ? [...element.children].filter((candidate) => candidate.namespaceURI === W && candidate.localName === name) : [];
}

/** The `w:val` of the child `w:<name>`. */
export function value(element: Element | undefined, name: string): string | undefined {
  return child(element, name)?.getAttributeNS(W, 'val') ?? undefined;
}

/** A toggle property such as `w:b`: on when present, unless its value says off. */
export function isOn(element: Element | undefined): boolean {
  if (!element) return false;
  const setting = element.getAttributeNS(W, 'val');
  return setting === null || !['0', 'false', 'off'].includes(setting);
}

/**
 * The document's paragraphs in the order mammoth reads them. Of an mc:AlternateContent, mammoth reads the
 * Fallback only (the Choice repeats the same text box for newer Word), so paragraphs under a Choice do not count.
 */
export function wordParagraphs(document: Document): Element[] {
  return [...document.getElementsByTagNameNS(W, 'p')].filter((paragraph) => {
    for (let parent = paragraph.parentElement; parent; parent = parent.parentElement) {
      if (parent.namespaceURI === MARKUP_COMPATIBILITY && parent.localName === 'Choice') return false;
    }
    return true;
  });
}

/** A paragraph whose mark is a tracked deletion: Word, and mammoth, join it to the next paragraph. */
export function isDeletedParagraph(paragraph: Element): boolean {
  return child(child(child(paragraph, 'pPr'), 'rPr'), 'del') !== undefined;
}

export type Styles = {
  /** The properties (`w:pPr`) that apply to a paragraph, nearest first: its own, its style's, that style's bases. */
  chain(paragraph: Element): { properties: Element; styleId?: string }[];
  /** The `w:numId` a numbering style (`w:numStyleLink`) stands for. */
  numberingStyle(styleId: string): string | undefined;
};

export function readStyles(styles: Document | undefined): Styles {
  const byId = new Map<string, Element>();
  let defaultParagraphStyle: string | undefined;
  for (const style of styles ? styles.getElementsByTagNameNS(W, 'style') : []) {
    const id = style.getAttributeNS(W, 'styleId');
    if (id) byId.set(id, style);
    const isDefault = ['1', 'true', 'on'].includes(style.getAttributeNS(W, 'default') ?? '');
    if (style.getAttributeNS(W, 'type') === 'paragraph' && isDefault) {
      defaultParagraphStyle = id ?? undefined;
    }
  }
  return {
    chain(paragraph) {
      const own = child(paragraph, 'pPr');
      const chain: { properties: Element; styleId?: string }[] = own ? [{ properties: own }] : [];
      const seen = new Set<string>();
      for (let id = value(own, 'pStyle') ?? defaultParagraphStyle; id && !seen.has(id); ) {
        seen.add(id);
        const style = byId.get(id);
        const properties = child(style, 'pPr');
        if (properties) chain.push({ properties, styleId: id });
        id = value(style, 'basedOn');
      }
      return chain;
    },
    numberingStyle(styleId) {
      return value(child(child(byId.get(styleId), 'pPr'), 'numPr'), 'numId');
    },
  };
}
