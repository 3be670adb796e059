import { JSDOM, VirtualConsole } from 'jsdom';
import { ImportError } from '../import-error';
import type { Fact, SourceBlock, SourceDocument } from '../source';
import { findArticle, findTitleElement, type Article } from './html-article';
import { sourcedBlocks, type SourcedBlock } from './html-blocks';
import { decodePage } from './html-decode';
import { documentTitle, findInfoTable, infoTableFacts, lineFacts, metaFacts, type Facts } from './html-facts';
import { readableText } from './html-markup';

const OUTSIDE = 'outside the article';
const INFO_TABLE = 'the 政府信息公开 table, read as facts';
// The info bar may stand inside the content container, just above the text.
const INFO_BAR_LINES = 3;

/**
 * A web page saved from a government site, or fetched: the article's blocks in order, the page's title first;
 * everything else on the page (navigation, the info table, the footer) is listed as left out.
 * jsdom parses it without running a script or loading anything the page refers to.
 */
export function readHtml(bytes: Uint8Array, options: { url?: string; charset?: string } = {}): SourceDocument {
  const { text, encoding } = decodePage(bytes, options.charset);
  const dom = new JSDOM(text, { url: options.url, virtualConsole: new VirtualConsole() });
  try {
    return readPage(dom.window.document, `web page (${encoding})`);
  } finally {
    dom.window.close();
  }
}

function readPage(document: Document, format: string): SourceDocument {
  const infoTable = findInfoTable(document);
  const article = findArticle(document);
  // A layout table holding the article is then never taken for a data table (html-tables).
  for (const container of article.containers) if (container !== document.body) container.setAttribute('role', 'main');
  const metas = metaFacts(document);
  const pageTitle = documentTitle(document);
  const statedTitles = [metas.title?.value, pageTitle].filter((title) => title !== undefined);
  const titleElement = findTitleElement(article.containers, statedTitles);

  const page = sourcedBlocks(document.body);
  if (page.length === 0) throw new ImportError('the web page has no text (a page its scripts fill in?)');
  const { blocks, left } = partition(page, article, titleElement, infoTable);
  const facts: Facts = { ...(infoTable ? infoTableFacts(infoTable) : {}), ...lineFacts(chromeLines(blocks, left)), ...metas };
  const title = metas.title ?? titleFact(titleElement, pageTitle);
  if (title) facts.title = title;
  return { format, unit: 'element', count: page.length, blocks, facts, left, unsure: unsureOf(article, blocks) };
}

/** The article's blocks (its heading first, as a heading) and the page's other blocks, which are left out. */
function partition(page: SourcedBlock[], article: Article, titleElement?: Element, infoTable?: HTMLTableElement) {
  const blocks: SourceBlock[] = [];
  const left: SourceDocument['left'] = [];
  for (const { block, source } of page) {
    if (infoTable?.contains(source)) left.push({ text: blockText(block), at: block.at, why: INFO_TABLE });
    else if (titleElement?.contains(source)) blocks.push(block.kind === 'paragraph' ? { ...block, heading: 1 } : block);
    else if (article.containers.some((container) => container.contains(source))) blocks.push(block);
    else left.push({ text: blockText(block), at: block.at, why: OUTSIDE });
  }
  return { blocks, left };
}

/** Where the info bar and the footer may stand: around the article, or at the top of its container. */
function chromeLines(blocks: SourceBlock[], left: SourceDocument['left']): string[] {
  return [
    ...left.filter(({ why }) => why === OUTSIDE),
    ...blocks.slice(0, INFO_BAR_LINES).map((block) => ({ text: blockText(block), at: block.at })),
  ]
    .sort((a, b) => a.at.n - b.at.n)
    .map(({ text }) => text);
}

function unsureOf(article: Article, blocks: SourceBlock[]): SourceDocument['unsure'] {
  if (article.foundBy === 'content container' || blocks.length === 0) return [];
  const why =
    article.foundBy === 'Readability'
      ? 'the page has no known content container; Readability chose the article: check where it starts and ends'
      : 'no article found on the page: every line of it is kept';
  return [{ text: blockText(blocks[0]), at: blocks[0].at, why }];
}

function titleFact(element: Element | undefined, pageTitle: string | undefined): Fact | undefined {
  if (element) {
    const text = readableText(element);
    const name = element.localName + (element.classList[0] ? `.${element.classList[0]}` : '');
    if (text) return { value: text, from: `the page heading <${name}>` };
  }
  return pageTitle ? { value: pageTitle, from: '<title>' } : undefined;
}

/** A block as one line, for the report's list of what was left out. */
function blockText(block: SourceBlock): string {
  if (block.kind === 'paragraph') return block.text;
  if (block.kind === 'list') return block.items.map(({ marker, text }) => (marker ? `${marker} ${text}` : text)).join(' ');
  return [...block.head, ...block.rows].flatMap((row) => row.map((cell) => cell.text)).filter(Boolean).join(' ');
}
