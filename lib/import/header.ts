import { chromeReason } from './chrome';
import { DATE_LINE } from './dates';
import { markerOf } from './markers';
import { DOCUMENT_NUMBER, readMetadata, type Metadata } from './metadata';
import { isSentence } from './shape';
import type { SourceBlock } from './source';
import type { Findings, Line, Provenance } from './types';

/** What stands before the text: the site's chrome, metadata, the 文号, the title, a salutation. */
export type Header = {
  title: Line[];
  titleOrigin: Provenance;
  documentNumber?: Line;
  salutation?: string;
  metadata: Metadata;
  /** Index of the first block of text. */
  bodyStart: number;
};

type Kind = 'chrome' | 'metadata' | 'number' | 'title-like' | 'text';

const TITLE_LINE_MAX = 60;
const TITLE_LINES_MAX = 4;
const SALUTATION_MAX = 50;
// The 版头's 发文机关标志, 「某市人民政府文件」: the issuer's banner, not the title.
const BANNER = /^\S{2,24}文件$/;

/**
 * Finds the title, never demanding one: the page's own heading where the file names it (an <h1>, ArticleTitle)
 * and the text prints it; else the last run of title-like lines before the text starts, which passes over a
 * banner above it (「欢迎访问…」 is a sentence, 「某市人民政府文件」 a banner); else the first line, as a guess.
 */
export function readHeader(blocks: SourceBlock[], pageTitle: { value: string; from: string } | undefined, findings: Findings): Header {
  const kinds = blocks.map(kindOf);
  const textStart = findTextStart(blocks, kinds);

  const named = pageTitle && findNamedTitle(blocks, textStart, pageTitle.value);
  let title: Line[];
  let titleOrigin: Provenance;
  let titleEnd: number;
  if (named) {
    [title, titleEnd] = named;
    titleOrigin = { from: pageTitle.from };
  } else {
    titleEnd = kinds.slice(0, textStart).lastIndexOf('title-like') + 1;
    if (titleEnd) {
      title = findTitle(blocks.slice(0, titleEnd), kinds);
      titleOrigin = { from: 'the title-like lines above the text' };
    } else if (pageTitle) {
      title = [{ n: 0, text: pageTitle.value }];
      titleOrigin = { from: pageTitle.from };
    } else {
      // Nothing looks like a title (a news headline with 「！」, say): the first line is, probably. A table or a list
      // is never a title: a text that opens with one has none to take.
      const first = kinds.findIndex((kind) => kind !== 'chrome' && kind !== 'metadata');
      const firstBlock = blocks[first];
      if (firstBlock?.kind === 'paragraph') {
        title = [lineOf(firstBlock)];
        titleOrigin = { from: 'the first line', guessed: true };
        titleEnd = first + 1;
      } else {
        title = [{ n: 0, text: '（无标题）' }];
        titleOrigin = { from: firstBlock ? 'nowhere: the text opens with a table or a list' : 'nowhere: the file has no line to take', guessed: true };
      }
    }
  }

  // Whatever stands above the text besides the title: chrome and metadata are left out, the 文号 kept for the cover.
  const metadata: Metadata = {};
  let documentNumber: Line | undefined;
  const titleBlocks = new Set(title.map((line) => line.n));
  const titleText = squash(title.map((line) => line.text).join(''));
  // Under a title that is where the text starts (a headline 「好消息！…」), the 文号, the metadata and the site's
  // lines right below it still stand above the text.
  let headerEnd = Math.max(textStart, titleEnd);
  while (kinds[headerEnd] === 'chrome' || kinds[headerEnd] === 'metadata' || kinds[headerEnd] === 'number') headerEnd++;
  blocks.slice(0, headerEnd).forEach((block, index) => {
    if (block.kind === 'table' && kinds[index] === 'metadata') return readMetadataTable(block, metadata, findings);
    if (block.kind !== 'paragraph' || titleBlocks.has(block.at.n)) return;
    const line = lineOf(block);
    const kind = kinds[index];
    if (kind === 'number' && !documentNumber) documentNumber = line;
    else if (kind === 'metadata' || kind === 'number') {
      for (const [key, value] of Object.entries(metadataOf(line.text) ?? {})) metadata[key] ??= value;
      findings.metadata.push(line);
    } else if (kind === 'chrome') findings.chrome.push({ ...line, why: chromeReason(line.text, true)! });
    else if (squash(line.text) === titleText) findings.chrome.push({ ...line, why: 'the page’s title, repeated' });
    else if (BANNER.test(line.text)) findings.metadata.push(line);
    else {
      findings.chrome.push({ ...line, why: 'a line above the title' });
      findings.unsure.push({ ...line, why: 'left out as the site’s: a line above the title' });
    }
  });

  const opening = blocks[headerEnd];
  const salutation = opening?.kind === 'paragraph' && isSalutation(opening.text) ? opening.text : undefined;
  return { title, titleOrigin, documentNumber, salutation, metadata, bodyStart: salutation ? headerEnd + 1 : headerEnd };
}

/**
 * Where the text starts: a numbered heading, a salutation, a list or table, or the first sentence that another
 * sentence follows. A lone sentence with title-like lines after it is a banner above the title (「欢迎访问…！」).
 */
function findTextStart(blocks: SourceBlock[], kinds: Kind[]): number {
  const settled = (index: number) => {
    const block = blocks[index];
    if (block.kind !== 'paragraph' || markerOf(block.text) || isSalutation(block.text)) return true;
    const next = kinds.findIndex((kind, i) => i > index && kind !== 'chrome' && kind !== 'metadata' && kind !== 'number');
    return next === -1 || kinds[next] === 'text';
  };
  const start = kinds.findIndex((kind, index) => kind === 'text' && settled(index));
  return start === -1 ? blocks.length : start;
}

function kindOf(block: SourceBlock): Kind {
  if (block.kind === 'table') return isMetadataTable(block) ? 'metadata' : 'text';
  if (block.kind !== 'paragraph') return 'text';
  const { text } = block;
  if (chromeReason(text, true)) return 'chrome';
  if (DOCUMENT_NUMBER.test(text)) return 'number';
  if (metadataOf(text)) return 'metadata';
  // A numbered heading (一、 第一章 第一条 （一）) is where the text starts, however short.
  // A line in brackets under a title (「（2025年3月1日市政府令第12号公布）」) is a 题注, said in the text, not the title.
  if (markerOf(text) || isSentence(text) || /[：:]$/.test(text) || /^[（(].*[）)]$/.test(text) || text.length > TITLE_LINE_MAX) return 'text';
  return 'title-like';
}

// A date alone under a title is the date the document was written (成文日期), printed as in reports.
const metadataOf = (text: string): Metadata | undefined =>
  readMetadata(text) ?? (DATE_LINE.test(text) ? { 成文日期: text } : undefined);

// 政府信息公开 pages put their facts in a table of label and value cells above the title.
function isMetadataTable(block: SourceBlock & { kind: 'table' }): boolean {
  const cells = [...block.head, ...block.rows].flat().map((cell) => cell.text).filter(Boolean);
  const labels = cells.filter((text) => readMetadata(`${text.replace(/[：:]$/, '')}：x`));
  return labels.length >= 2 && labels.length * 2 >= cells.length * 0.6;
}

/**
 * A table of label and value cells (索引号 | 000… | 发布机构 | 某市民政局): each label's value, an empty cell kept
 * empty; or of cells that hold both (索引号：000… | 发布机构：某市民政局).
 */
function readMetadataTable(block: SourceBlock & { kind: 'table' }, metadata: Metadata, findings: Findings) {
  const cells = [...block.head, ...block.rows].flat().map((cell) => cell.text.trim());
  cells.forEach((text, index) => {
    const label = text.replace(/[：:]$/, '');
    const fields = label === text && /[：:]/.test(text) ? readMetadata(text) : undefined;
    if (fields) for (const [key, value] of Object.entries(fields)) metadata[key] ??= value;
    else if (readMetadata(`${label}：x`) && cells[index + 1] !== undefined) metadata[label] ??= cells[index + 1];
  });
  findings.metadata.push({ n: block.at.n, text: cells.filter(Boolean).join(' ') });
}

/**
 * The page's own title, where the text prints it: one line, or a run of up to four that joins up to it. A line that
 * looks like the site's (the issuer's name set as two words, like a row of links) still belongs to the title when
 * the lines join up to exactly the title the page names: the page says so itself.
 */
function findNamedTitle(blocks: SourceBlock[], textStart: number, named: string): [Line[], number] | undefined {
  const wanted = squash(named);
  for (let start = 0; start < Math.min(blocks.length, textStart + 1); start++) {
    let joined = '';
    for (let end = start; end < Math.min(blocks.length, start + TITLE_LINES_MAX); end++) {
      const block = blocks[end];
      if (block.kind !== 'paragraph') break;
      joined += squash(block.text);
      if (joined === wanted) return [blocks.slice(start, end + 1).map((b) => lineOf(b)), end + 1];
      if (!wanted.startsWith(joined)) break;
    }
  }
  return undefined;
}

/**
 * The run of title-like lines ending the header (at most four). When the page printed its title once as one
 * line right above the document's own split title, the run holds both: the repeat is cut off.
 */
function findTitle(header: SourceBlock[], kinds: Kind[]): Line[] {
  let start = header.length - 1;
  while (start > 0 && kinds[start - 1] === 'title-like' && header.length - start < TITLE_LINES_MAX) start--;
  const run = header.slice(start).map(lineOf);
  const repeat = run.findIndex(
    (line, index) => index < run.length - 1 && squash(line.text) === squash(run.slice(index + 1).map((l) => l.text).join('')),
  );
  return repeat === -1 ? run : run.slice(repeat + 1);
}

function isSalutation(text: string): boolean {
  return text.length <= SALUTATION_MAX && /[：:]$/.test(text) && !/[。；;！!？?]|如下|以下/.test(text) && !markerOf(text);
}

const lineOf = (block: SourceBlock): Line => ({ n: block.at.n, text: block.kind === 'paragraph' ? block.text : '' });
const squash = (text: string) => text.replace(/\s+/g, '');
