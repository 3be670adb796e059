import { createRequire } from 'node:module';
import path from 'node:path';
import type { PDFPageProxy } from 'pdfjs-dist';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { ImportError } from '../import-error';
import { isOrganisation } from '../shape';
import type { Fact, SourceBlock, SourceDocument, SourceParagraph } from '../source';
import { fileKind } from './file-kind';
import { joinText, mostCharacters, pageFurniture, readLines, type PageSize, type PdfItem, type PdfLine } from './pdf-lines';
import { findColumnRuns } from './pdf-table';

/**
 * The PDF front end. A PDF keeps where each piece of text is drawn, not what it is: lines, paragraphs, headings
 * and tables are read back from positions, sizes and font names, the way a Word document saved as PDF sets them.
 */

// pdf.js finds its CMaps (for CJK fonts without a ToUnicode table) and the 14 standard fonts on disk, in Node.
const PDFJS = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

// Files picked by mistake that fileKind does not name: saying what it looks like helps more than "not a PDF".
const WEB_PAGE = /^(\xef\xbb\xbf)?\s*<(!doctype|html)/i;
const TEXT = /^[^\x00-\x08\x0e-\x1f]*$/;

const BOLD = /bold|black|heavy/i;

/** Acrobat looks for the signature in the first 1 KB and for %%EOF in the last. */
const SIGNATURE_WITHIN = 1024;

export async function readPdf(bytes: Uint8Array): Promise<SourceDocument> {
  refuseNonPdf(bytes);
  const { pages, info } = await openPdf(bytes);
  const lines = readLines(pages.map((page) => page.items));
  const furniture = pageFurniture(lines, pages);
  const text = lines.filter((line) => !furniture.has(line));
  // A scan may still carry page numbers stamped on as text.
  if (!text.length) {
    throw new ImportError(
      `the PDF has no text layer (a scanned image?): none of its ${plural(pages.length, 'page')} holds text` +
        `${lines.length ? ' but page numbers and running heads' : ''}, and it cannot be read without OCR`,
    );
  }
  const { blocks, unsure } = toBlocks(text);
  return {
    format: `PDF, ${plural(pages.length, 'page')}`,
    unit: 'PDF line',
    count: lines.length,
    blocks,
    facts: pdfFacts(info),
    left: [...furniture].map(([line, why]) => ({ text: line.text, at: origin(line), why })),
    unsure,
  };
}

function refuseNonPdf(bytes: Uint8Array) {
  if (bytes.length === 0) throw new ImportError('the file is empty');
  const head = Buffer.from(bytes.subarray(0, SIGNATURE_WITHIN)).toString('latin1');
  if (!head.includes('%PDF-')) {
    const kind = fileKind(bytes);
    if (kind) throw new ImportError(`the file is not a PDF: it is ${kind}`);
    const looks = WEB_PAGE.test(head) ? 'a web page' : TEXT.test(head) ? 'text' : undefined;
    throw new ImportError(`the file is not a PDF: it has no %PDF- signature${looks ? ` and looks like ${looks}` : ''}`);
  }
  // pdf.js recovers what it can from a file cut short, and half a document imported quietly is worse than none.
  if (!Buffer.from(bytes.subarray(-SIGNATURE_WITHIN)).toString('latin1').includes('%%EOF')) {
    throw new ImportError('the PDF is incomplete: it does not end with %%EOF (was the download or copy cut short?)');
  }
}

type PdfPage = PageSize & { items: PdfItem[] };

async function openPdf(bytes: Uint8Array): Promise<{ pages: PdfPage[]; info: Record<string, unknown> }> {
  const task = getDocument({
    // A copy, as a plain Uint8Array: pdf.js refuses a Buffer and may hand the one it gets to its worker.
    data: new Uint8Array(bytes),
    // Only the text is needed: no font is installed or compiled to code (a crafted font could run it, CVE-2024-4367).
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    cMapUrl: `${PDFJS}/cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${PDFJS}/standard_fonts/`,
    verbosity: 0,
  });
  try {
    const pdf = await task.promise;
    const pages: PdfPage[] = [];
    for (let number = 1; number <= pdf.numPages; number++) pages.push(await readPage(await pdf.getPage(number)));
    return { pages, info: ((await pdf.getMetadata()).info ?? {}) as Record<string, unknown> };
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') {
      throw new ImportError('the PDF is encrypted (it asks for a password): save a copy without a password and import that');
    }
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ImportError(`the PDF is damaged: PDF.js cannot open it (${reason})`);
  } finally {
    await task.destroy();
  }
}

async function readPage(page: PDFPageProxy): Promise<PdfPage> {
  const [x0, y0, x1, y1] = page.view;
  const texts = (await page.getTextContent()).items.filter((item): item is TextItem => 'str' in item && item.str.trim() !== '');
  // Font names (…-Bold, SimSun,Bold) come with the fonts, which pdf.js hands over only with the drawing operators.
  if (texts.length) await page.getOperatorList();
  const items = texts.map(({ str, transform: [a, b, , , x, y], width, fontName }) => ({
    text: str,
    x: x - x0,
    y: y - y0,
    width,
    size: Math.hypot(a, b),
    bold: BOLD.test(page.commonObjs.has(fontName) ? (page.commonObjs.get(fontName) as { name?: string }).name ?? '' : ''),
  }));
  return { width: x1 - x0, height: y1 - y0, items };
}

// Word writes the file name or the first line as Title and the user's name as Author: keep only what says something.
const FILE_NAME = /^Microsoft (Word|Excel|PowerPoint) - |\.(docx?|wps|rtf|txt|pdf|xlsx?|pptx?|html?)$/i;
const PLACEHOLDER_TITLE = /^(untitled|无标题|文档\d*|document\d*|新建.*文档)$/i;

/** The info dictionary's Title, an Author that names an organisation, and the day the PDF was made. */
export function pdfFacts(info: Record<string, unknown>): Record<string, Fact> {
  const text = (key: string) => (typeof info[key] === 'string' ? info[key].trim() : '');
  const from = (key: string) => `the PDF’s properties (${key})`;
  const facts: Record<string, Fact> = {};
  const title = text('Title');
  if (title && !FILE_NAME.test(title) && !PLACEHOLDER_TITLE.test(title)) facts.title = { value: title, from: from('Title') };
  if (isOrganisation(text('Author'))) facts.author = { value: text('Author'), from: from('Author') };
  // D:YYYYMMDD…, the day as the file's own clock had it.
  const created = /^D:(\d{4})(\d{2})(\d{2})/.exec(text('CreationDate'));
  if (created) facts.created = { value: `${created[1]}-${created[2]}-${created[3]}`, from: from('CreationDate') };
  return facts;
}

/** Sizes this much larger than the body text are headings, the largest level 1. */
const HEADING_SIZE = 1.15;
/** A margin is where at least this many lines start (or end) within an em, so one stray line does not move it. */
const MARGIN_LINES = 3;
/** A first-line indent is at least 1 em (Chinese documents indent 2); a line ending 1.5 em short ended its paragraph. */
const INDENT = 1;
const SHORT = 1.5;
/** A step between baselines this much larger than the usual line pitch is a gap between paragraphs. */
const PARAGRAPH_GAP = 1.4;
/** Centred: its middle within half an em of the text's, and clear of both margins by a quarter em. */
const CENTRED_WITHIN = 0.5;
const CENTRED_CLEAR = 0.25;
/** Right-aligned: starting in the right half and ending near the margin (a 公文's date stands up to 4 em in). */
const RIGHT_WITHIN = 6;

type Layout = { left: number; right: number; body: number; pitch: Map<number, number>; level: Map<number, number> };

function toBlocks(lines: PdfLine[]): { blocks: SourceBlock[]; unsure: SourceDocument['unsure'] } {
  const layout = layoutOf(lines);
  const runs = findColumnRuns(lines);
  const blocks: SourceBlock[] = [];
  const unsure: SourceDocument['unsure'] = [];
  let paragraph: PdfLine[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push(toParagraph(paragraph, layout));
    paragraph = [];
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const run = runs.find(({ start }) => start === index);
    if (run) {
      flush();
      if (run.table) blocks.push({ kind: 'table', ...run.table, at: origin(line) });
      else {
        unsure.push({ text: line.text, at: origin(line), why: 'looks like a table: imported as paragraphs, please check' });
        blocks.push(...lines.slice(run.start, run.end).map((cell) => toParagraph([cell], layout)));
      }
      index = run.end - 1;
      continue;
    }
    if (paragraph.length && startsParagraph(paragraph.at(-1)!, line, layout)) flush();
    paragraph.push(line);
  }
  flush();
  return { blocks, unsure };
}

function layoutOf(lines: PdfLine[]): Layout {
  const body = mostCharacters(lines.map((line) => [line.size, line.text.length]));
  const steps = new Map<number, number[]>();
  lines.forEach((line, index) => {
    const before = lines[index - 1];
    if (before?.page !== line.page || before.size !== line.size) return;
    steps.set(line.size, [...(steps.get(line.size) ?? []), before.y - line.y]);
  });
  // The lower quartile: steps between paragraphs are the larger ones, when there are any.
  const pitch = new Map([...steps].map(([size, list]) => [size, list.toSorted((a, b) => a - b)[Math.floor((list.length - 1) / 4)]]));
  const larger = [...new Set(lines.map((line) => line.size))].filter((size) => size >= body * HEADING_SIZE).sort((a, b) => b - a);
  return {
    left: margin(lines.map((line) => line.x0), body, 1),
    right: margin(lines.map((line) => line.x1), body, -1),
    body,
    pitch,
    level: new Map(larger.slice(0, 6).map((size, index) => [size, index + 1])),
  };
}

/** The outermost position (leftmost start, side 1; rightmost end, side -1) that several lines reach. */
function margin(positions: number[], em: number, side: 1 | -1): number {
  const outwards = positions.toSorted((a, b) => side * (a - b));
  const enough = Math.min(MARGIN_LINES, positions.length);
  const reached = (at: number) => positions.filter((other) => side * (other - at) >= 0 && Math.abs(other - at) <= em).length >= enough;
  return outwards.find(reached) ?? outwards[0];
}

function alignment(line: PdfLine, { left, right }: Layout): SourceParagraph['align'] {
  const em = line.size;
  const middle = (left + right) / 2;
  const clear = line.x0 - left >= CENTRED_CLEAR * em && right - line.x1 >= CENTRED_CLEAR * em;
  if (clear && Math.abs((line.x0 + line.x1) / 2 - middle) <= CENTRED_WITHIN * em) return 'center';
  if (line.x0 > middle && right - line.x1 <= RIGHT_WITHIN * em) return 'right';
  return undefined;
}

function startsParagraph(before: PdfLine, line: PdfLine, layout: Layout): boolean {
  if (Math.abs(before.size - line.size) > 0.5 || before.bold !== line.bold) return true;
  const pitch = layout.pitch.get(line.size);
  // Across a page break the step says nothing: the paragraph goes on where the line before filled the width.
  if (before.page === line.page && pitch && before.y - line.y > PARAGRAPH_GAP * pitch) return true;
  const [was, is] = [alignment(before, layout), alignment(line, layout)];
  const reachesRight = layout.right - before.x1 <= SHORT * before.size;
  // Each right-aligned line is its own (the issuer, then the date); a title wraps into centred lines, its first
  // line sometimes filling the width.
  if (was === 'right' || is === 'right') return true;
  if (is === 'center') return !(was === 'center' || (reachesRight && before.size > layout.body));
  if (was === 'center') return true;
  return line.x0 - layout.left >= INDENT * line.size || !reachesRight;
}

function toParagraph(lines: PdfLine[], layout: Layout): SourceParagraph {
  const heading = layout.level.get(lines[0].size);
  const bold = lines.every((line) => line.bold);
  const lead = !bold && lines[0].lead;
  // The last line shows the alignment: a centred title's first line may fill the width.
  const align = alignment(lines.at(-1)!, layout);
  return {
    kind: 'paragraph',
    text: lines.map((line) => line.text).reduce(joinText),
    at: origin(lines[0]),
    ...(heading && { heading }),
    ...(bold && { bold }),
    ...(lead && { lead }),
    ...(align && { align }),
  };
}

const origin = (line: PdfLine) => ({ n: line.n, page: line.page });
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
