import { Readability } from '@mozilla/readability';
import { readableText } from './html-markup';

/** The elements that hold the article (Readability may join a few siblings), and how they were found. */
export type Article = { containers: Element[]; foundBy: 'content container' | 'Readability' | 'nothing' };

// Where government CMSs (TRS, Hanweb, UCAP and their copies) put the text the editor typed.
const CONTENT_CONTAINERS = [
  '.TRS_Editor', '.trs_editor_view', '#zoomcon', '#zoom', '#info_cont', '.article-content', '.article_content',
  '.pages_content', '#UCAP-CONTENT', '.content', '#content', '.zw', '#zw', '.wzzw',
].join(', ');
const LEAST_TEXT = 20;
// A container that is mostly link text is a list of other pages, not an article.
const MOST_LINK_SHARE = 0.5;
const INDEX = 'data-reader-index';

export function findArticle(document: Document): Article {
  const container = contentContainer(document);
  if (container) return { containers: [container], foundBy: 'content container' };
  const readable = readabilityContainers(document);
  if (readable.length > 0) return { containers: readable, foundBy: 'Readability' };
  return { containers: [document.body], foundBy: 'nothing' };
}

/** The CMS container holding most text; where a wrapper adds nothing to a container inside it, the inner one. */
function contentContainer(document: Document): Element | undefined {
  let best: { element: Element; length: number } | undefined;
  for (const element of document.querySelectorAll(CONTENT_CONTAINERS)) {
    const length = readableText(element).length;
    const links = [...element.querySelectorAll('a')].reduce((sum, link) => sum + readableText(link).length, 0);
    if (length < LEAST_TEXT || links > length * MOST_LINK_SHARE) continue;
    if (!best || length > best.length || (length === best.length && best.element.contains(element))) best = { element, length };
  }
  return best?.element;
}

/**
 * The original elements Readability builds its article from. It runs on a clone whose elements carry their
 * index in the original, so that everything inside those elements is kept, not only what its cleaning leaves.
 */
function readabilityContainers(document: Document): Element[] {
  const originals = [...document.body.getElementsByTagName('*')];
  const clone = document.cloneNode(true) as Document;
  [...clone.body.getElementsByTagName('*')].forEach((element, i) => element.setAttribute(INDEX, String(i)));
  const content = new Readability(clone, { serializer: (node) => node as Element }).parse()?.content;
  const kept = new Set(
    [...(content?.querySelectorAll(`[${INDEX}]`) ?? [])].map((element) => originals[Number(element.getAttribute(INDEX))]),
  );
  return [...kept].filter((element) => !hasAncestorIn(element, kept));
}

function hasAncestorIn(element: Element, elements: Set<Element>): boolean {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) if (elements.has(parent)) return true;
  return false;
}

// Article headings as CMS templates mark them; a plain `.title` only counts where its words match the page's title.
const HEADINGS = 'h1, h2, .article-title, .article_title, .articleTitle, #title, .title, .tit';
const SPECIFIC_HEADINGS = 'h1, h2, .article-title, .article_title, .articleTitle, #title';
// How far above the article its heading may sit: the heading, info bar and article share a wrapper or two.
const NEAR = 3;
const TITLE_LENGTH = { least: 4, most: 200 };

/**
 * The article's heading element, near the article: the one whose words are the title the page states elsewhere
 * (`titles`: the ArticleTitle meta, the <title> without the site name), else the nearest heading above the article.
 */
export function findTitleElement(containers: Element[], titles: string[]): Element | undefined {
  const [first] = containers;
  let neighbourhood = first;
  for (let up = 0; up < NEAR && neighbourhood.parentElement; up++) neighbourhood = neighbourhood.parentElement;
  const inside = (element: Element) => containers.some((container) => container.contains(element));
  const candidates = [...neighbourhood.querySelectorAll(HEADINGS)].filter((element) => {
    const length = readableText(element).length;
    return (
      length >= TITLE_LENGTH.least &&
      length <= TITLE_LENGTH.most &&
      !containers.some((container) => element.contains(container)) &&
      (inside(element) || element.compareDocumentPosition(first) & element.DOCUMENT_POSITION_FOLLOWING)
    );
  });
  const above = candidates.filter((element) => !inside(element)).reverse();
  const squeezed = titles.map(squeeze);
  const stated = [...above, ...candidates.filter(inside)].find((element) => squeezed.includes(squeeze(readableText(element))));
  return stated ?? above.find((element) => element.matches(SPECIFIC_HEADINGS));
}

const squeeze = (text: string) => text.replace(/\s/g, '');
