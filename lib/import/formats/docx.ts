import { JSDOM, VirtualConsole } from 'jsdom';
import mammoth from 'mammoth';
import { ImportError } from '../import-error';
import type { SourceBlock, SourceDocument } from '../source';
import { openWordZip, wordParts } from './docx-package';
import { numberLabels, type NumberLabel } from './docx-numbering';
import { W, child, isDeletedParagraph, readStyles, value, wordParagraphs, type Styles } from './docx-xml';
import { sourcedBlocks, type SourcedBlock } from './html-blocks';

// Each Word paragraph gets a bookmark named for its number before mammoth reads the file; mammoth writes every
// bookmark as <a id>, so each block of its HTML says which paragraph it came from, whatever mammoth merged or moved.
const PARAGRAPH_MARK = 'reader-paragraph-';
const STYLE_MAP = [
  // WPS and some Chinese templates name the heading styles in Chinese; Word itself stores 'heading 1'.
  ...[1, 2, 3, 4, 5, 6].map((level) => `p[style-name='标题 ${level}'] => h${level}:fresh`),
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='标题'] => h1:fresh",
];
// Images are not text; an empty source spares mammoth encoding each one as a data: URL.
const NO_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/**
 * A Word .docx through mammoth's HTML (headings, tables with their merged cells and header rows, lists, bold),
 * read into blocks by htmlToBlocks, with the numbers Word shows before list paragraphs (docx-numbering) and the
 * alignment of each paragraph, which mammoth's HTML leaves out. `at.n` is the Word paragraph number, counting
 * every paragraph of the body (empty ones and those in table cells too) as the old text import did.
 */
export async function readDocx(bytes: Uint8Array): Promise<SourceDocument> {
  const zip = await openWordZip(bytes);
  const { window } = new JSDOM('', { virtualConsole: new VirtualConsole() });
  try {
    const parts = await wordParts(zip, new window.DOMParser());
    const paragraphs = wordParagraphs(parts.document);
    const styles = readStyles(parts.styles);
    const labels = numberLabels(paragraphs, parts.numbering, styles);
    paragraphs.forEach((paragraph, i) => markParagraph(paragraph, i + 1));
    zip.file(parts.documentPath, new window.XMLSerializer().serializeToString(parts.document));
    const html = await toHtml(await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' }));

    const body = new window.DOMParser().parseFromString(html, 'text/html').body;
    for (const backLink of body.querySelectorAll('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]')) backLink.remove();
    const marks = [...body.querySelectorAll(`a[id^="${PARAGRAPH_MARK}"]`)];
    const joined = new Set(marks.filter((mark) => isDeletedParagraph(paragraphs[paragraphNumber(mark) - 1])));
    for (const mark of marks) {
      const paragraph = paragraphs[paragraphNumber(mark) - 1];
      applyParagraph(mark, joined, labels.get(paragraph), alignment(paragraph, styles));
    }
    return {
      format: 'Word .docx',
      unit: 'paragraph',
      count: paragraphs.length,
      blocks: numberedByParagraph(sourcedBlocks(body)),
      facts: {},
      left: [],
      unsure: [],
    };
  } finally {
    window.close();
  }
}

async function toHtml(buffer: Buffer): Promise<string> {
  try {
    return (await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP, convertImage: NO_IMAGES })).value;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ImportError(`the file is not a readable Word .docx (${reason})`);
  }
}

function markParagraph(paragraph: Element, n: number) {
  const mark = paragraph.ownerDocument.createElementNS(W, 'w:bookmarkStart');
  mark.setAttributeNS(W, 'w:name', `${PARAGRAPH_MARK}${n}`);
  const properties = child(paragraph, 'pPr');
  paragraph.insertBefore(mark, properties ? properties.nextSibling : paragraph.firstChild);
}

function paragraphNumber(mark: Element): number {
  return Number(mark.id.slice(PARAGRAPH_MARK.length));
}

/**
 * Puts a paragraph's label where htmlToBlocks reads it — a list item's `data-marker`, or the words' first
 * characters where mammoth made no list of it (a heading numbered 「一、」 by its style) — and its alignment.
 * Only the holder's own paragraph does: its first one not `joined`. A paragraph whose mark is a tracked deletion
 * joins the next one (ECMA-376 §17.13.5.15), which keeps its own properties, as in Word with the deletion accepted.
 */
function applyParagraph(mark: Element, joined: Set<Element>, label: NumberLabel | undefined, align: string | undefined) {
  const holder = mark.closest('li, p, h1, h2, h3, h4, h5, h6');
  if (!holder || [...holder.querySelectorAll(`a[id^="${PARAGRAPH_MARK}"]`)].find((other) => !joined.has(other)) !== mark) return;
  if (label && holder.localName === 'li') holder.setAttribute('data-marker', label.text);
  else if (label) {
    const words = label.text + label.separator;
    if (!label.bold) mark.after(words);
    else mark.after(Object.assign(holder.ownerDocument.createElement('strong'), { textContent: words }));
  }
  if (align && holder.localName !== 'li') holder.setAttribute('align', align);
}

function alignment(paragraph: Element | undefined, styles: Styles): string | undefined {
  if (!paragraph) return undefined;
  const justification = styles.chain(paragraph).map(({ properties }) => value(properties, 'jc')).find(Boolean);
  if (justification === 'center') return 'center';
  return justification === 'right' || justification === 'end' ? 'right' : undefined;
}

/** Each block at its first Word paragraph; footnotes, which have none in the body, at the block before them. */
function numberedByParagraph(blocks: SourcedBlock[]): SourceBlock[] {
  let previous = 1;
  return blocks.map(({ block, source }) => {
    const mark = source.querySelector(`a[id^="${PARAGRAPH_MARK}"]`);
    previous = mark ? paragraphNumber(mark) : previous;
    return { ...block, at: { n: previous } };
  });
}
