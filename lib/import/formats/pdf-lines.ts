/**
 * A PDF has no lines, only pieces of text placed on the page (a run of Word text, or a single glyph when Chromium
 * wrote it): the lines are rebuilt from where those pieces sit, and the page furniture (running heads, page
 * numbers) is told apart from the text.
 */
import { withHanziForRadicals } from './radical-lookalikes';

/** A piece of text as PDF.js reads it: its baseline start, advance width and size, in points (y grows upwards). */
export type PdfItem = { text: string; x: number; y: number; width: number; size: number; bold: boolean };

/** The text of a line between two wide gaps: a table cell, or words set apart by spaces. */
export type Chunk = { text: string; x0: number; x1: number };

export type PdfLine = {
  text: string;
  /** Line number over the whole file, counted from the top of page 1. */
  n: number;
  page: number;
  /** Baseline, and where the ink starts and ends. */
  y: number;
  x0: number;
  x1: number;
  /** The size most of its characters are set in. */
  size: number;
  bold: boolean;
  /** The bold characters opening a line that is not bold throughout (「（一）线上缴费。」). */
  lead?: string;
  chunks: Chunk[];
};

/** Items whose baselines differ by less than this share of their size are on one line (sub- and superscripts). */
const SAME_BASELINE = 0.4;
/** A gap of this many em between items separates chunks: no word or character spacing is that wide. */
const COLUMN_GAP = 0.8;
/** A gap of this many em between two Latin items is a word space that was not written as a character. */
const WORD_GAP = 0.15;

const CJK = /[\p{Script=Han}\u3000-\u303f\u3040-\u30ff\uff00-\uffef]/u;
const isCjk = (char: string | undefined) => char !== undefined && CJK.test(char);


/** Two pieces of text as one: nothing between CJK characters, a space where two Latin words meet. */
export function joinText(before: string, after: string): string {
  if (!before || !after) return before + after;
  return !isCjk(before.at(-1)) && !isCjk(after[0]) ? `${before} ${after}` : before + after;
}

/**
 * Whitespace as one space, except spaces between two CJK characters: PDF.js inserts those where justification
 * spread the characters, and Chinese text has none. An ideographic space (U+3000) was typed, and stays a space.
 */
function tidy(text: string): string {
  return text
    .replace(/\s+/g, (run, at: number, all: string) =>
      !run.includes('\u3000') && isCjk(all[at - 1]) && isCjk(all[at + run.length]) ? '' : ' ',
    )
    .trim();
}

/** Lines of every page, top to bottom, numbered over the whole file. */
export function readLines(pages: PdfItem[][]): PdfLine[] {
  const lines: PdfLine[] = [];
  pages.forEach((items, index) => {
    for (const row of byBaseline(items)) lines.push(toLine(row, index + 1, lines.length + 1));
  });
  return lines;
}

function byBaseline(items: PdfItem[]): PdfItem[][] {
  const rows: PdfItem[][] = [];
  for (const item of items.filter((item) => item.text.trim()).sort((a, b) => b.y - a.y)) {
    const row = rows.at(-1);
    if (row && row[0].y - item.y <= SAME_BASELINE * Math.max(row[0].size, item.size)) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => row.sort((a, b) => a.x - b.x));
}

function toLine(items: PdfItem[], page: number, n: number): PdfLine {
  const size = mostCharacters(items.map((item) => [Math.round(item.size * 10) / 10, item.text.trim().length]));
  const chunks: (Chunk & { raw: string })[] = [];
  let leadingBold = items[0].bold;
  let lead = '';
  let previous: PdfItem | undefined;
  for (const item of items) {
    const text = withHanziForRadicals(item.text);
    if (leadingBold && !item.bold) {
      lead = chunks.map((chunk) => chunk.raw).join(' ');
      leadingBold = false;
    }
    const gap = previous ? item.x - (previous.x + previous.width) : 0;
    const chunk = chunks.at(-1);
    if (!chunk || gap >= COLUMN_GAP * size) {
      chunks.push({ raw: text, text: '', ...inkOf(item, text) });
    } else {
      const space = gap > WORD_GAP * size && !isCjk(chunk.raw.trimEnd().at(-1)) && !isCjk(text.trimStart()[0]);
      chunk.raw += (space ? ' ' : '') + text;
      chunk.x1 = Math.max(chunk.x1, inkOf(item, text).x1);
    }
    previous = item;
  }
  for (const chunk of chunks) chunk.text = tidy(chunk.raw);
  const text = chunks.map((chunk) => chunk.text).join(' ');
  const bold = items.every((item) => item.bold);
  const y = items.find((item) => Math.abs(item.size - size) < 0.1)?.y ?? items[0].y;
  return {
    text,
    n,
    page,
    y,
    x0: chunks[0].x0,
    x1: Math.max(...chunks.map((chunk) => chunk.x1)),
    size,
    bold,
    ...(tidy(lead) && { lead: tidy(lead) }),
    chunks: chunks.map(({ text, x0, x1 }) => ({ text, x0, x1 })),
  };
}

/**
 * Where the ink of an item starts and ends: leading and trailing spaces (Word's full-width indents, 「　　为……」)
 * take their share of its width, a full-width character counting twice a narrow one.
 */
function inkOf(item: PdfItem, text: string): { x0: number; x1: number } {
  const units = (part: string) => [...part].reduce((sum, char) => sum + (isCjk(char) ? 2 : 1), 0);
  const whole = units(text) || 1;
  const before = units(text.slice(0, text.length - text.trimStart().length));
  const after = units(text.slice(text.trimEnd().length));
  return { x0: item.x + (item.width * before) / whole, x1: item.x + item.width - (item.width * after) / whole };
}

/** The value that the most characters have, of [value, characters] pairs. */
export function mostCharacters(pairs: [number, number][]): number {
  const totals = new Map<number, number>();
  for (const [value, count] of pairs) totals.set(value, (totals.get(value) ?? 0) + count);
  return [...totals].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

export type PageSize = { width: number; height: number };

const PAGE_NUMBERS = [
  /^[-—–－―]\s*\d{1,4}\s*[-—–－―]$/, // — 1 —, - 2 -
  /^第\s*\d+\s*页\s*[,，]?\s*(共\s*\d+\s*页)?$/, // 第1页 共3页, 第 1 页
  /^共\s*\d+\s*页\s*[,，]?\s*第\s*\d+\s*页$/,
  /^\d+\s*\/\s*\d+$/, // 1 / 3
  /^page\s*\d+(\s*of\s*\d+)?$/i,
];
/** A bare number is a page number only centred at the foot: anywhere else it may be a table's or a list's. */
const BARE_NUMBER = /^\d{1,4}$/;
const CENTRED_WITHIN = 2; // em

/**
 * Running heads and feet and page numbers, each with why it is not text. Only a page's top and bottom lines can
 * be furniture, taken from each edge inwards until a line is text, so a number or a repeated line in the body stays.
 */
export function pageFurniture(lines: PdfLine[], pages: PageSize[]): Map<PdfLine, string> {
  const found = new Map<PdfLine, string>();
  const reason = (line: PdfLine) => pageNumber(line, pages[line.page - 1]) ?? runningLine(line, lines, pages);
  pages.forEach((_, index) => {
    const onPage = lines.filter((line) => line.page === index + 1);
    for (const fromEdge of [onPage, onPage.toReversed()]) {
      for (const line of fromEdge) {
        const why = !found.has(line) && reason(line);
        if (!why) break;
        found.set(line, why);
      }
    }
  });
  return found;
}

function pageNumber(line: PdfLine, page: PageSize): string | undefined {
  if (PAGE_NUMBERS.some((pattern) => pattern.test(line.text))) return 'page number';
  const centred = Math.abs((line.x0 + line.x1) / 2 - page.width / 2) <= CENTRED_WITHIN * line.size;
  if (BARE_NUMBER.test(line.text) && centred && line.y < page.height / 2) return 'page number (a bare number centred at the foot)';
  return undefined;
}

/**
 * A line printed at the same height on most pages (more than half, and at least two) is a running head or foot.
 * The text must be the same to the digit: 「附件1」, 「附件2」 heading pages in turn are text.
 */
function runningLine(line: PdfLine, lines: PdfLine[], pages: PageSize[]): string | undefined {
  const same = lines.filter((other) => other.text === line.text && Math.abs(other.y - line.y) <= SAME_BASELINE * line.size);
  const count = new Set(same.map((other) => other.page)).size;
  if (count < 2 || count * 2 <= pages.length) return undefined;
  const where = line.y > pages[line.page - 1].height / 2 ? 'head' : 'foot';
  return `running ${where}: the same line at the same height on ${count} of ${pages.length} pages`;
}
