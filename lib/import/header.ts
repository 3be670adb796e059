import { chromeReason } from './chrome';
import { DATE_LINE } from './dates';
import { ImportError } from './import-error';
import { readMetadata, type Metadata } from './metadata';
import { isSentence } from './shape';
import type { Findings, Line } from './types';

/** What stands before the text: the site's chrome, the page's own title, metadata, the title, a salutation. */
export type Header = {
  title: Line[];
  salutation?: string;
  metadata: Metadata;
  /** Index of the first line of text (the introduction, or the first part). */
  bodyStart: number;
};

type Kind = 'chrome' | 'metadata' | 'title-like' | 'text';

const TITLE_LINE_MAX = 60;
const TITLE_LINES_MAX = 4;
const SALUTATION_MAX = 50;

export function readHeader(lines: Line[], firstPart: number, findings: Findings): Header {
  const header = lines.slice(0, firstPart);
  const kinds = header.map((line) => kindOf(line.text));
  // The title is the last title-like run above the first part: intro paragraphs are sentences, and a
  // sentence-like banner above the title (「欢迎访问…！」) must not be taken for the start of the text.
  const titleEnd = kinds.lastIndexOf('title-like') + 1;
  if (!titleEnd) throw new ImportError('no title found before the text');
  const title = findTitle(header.slice(0, titleEnd), kinds);
  const following = kinds.indexOf('text', titleEnd);
  const textStart = following === -1 ? firstPart : following;

  const metadata: Metadata = {};
  const titleText = squash(title.map((line) => line.text).join(''));
  header.slice(0, textStart).forEach((line, index) => {
    if (title.includes(line)) return;
    const fields = kinds[index] === 'metadata' ? metadataOf(line.text) : undefined;
    if (fields) {
      for (const [key, value] of Object.entries(fields)) metadata[key] ??= value;
      findings.metadata.push(line);
    } else if (kinds[index] === 'chrome') {
      findings.chrome.push({ ...line, why: chromeReason(line.text, true)! });
    } else if (squash(line.text) === titleText) {
      findings.chrome.push({ ...line, why: 'the page’s title, repeated' });
    } else {
      findings.chrome.push({ ...line, why: 'a line above the title' });
      findings.unsure.push({ ...line, why: 'left out as the site’s: a line above the title' });
    }
  });

  const first = header[textStart]?.text;
  const salutation = first !== undefined && isSalutation(first) ? first : undefined;
  return { title, salutation, metadata, bodyStart: salutation ? textStart + 1 : textStart };
}

function kindOf(text: string): Kind {
  if (chromeReason(text, true)) return 'chrome';
  if (metadataOf(text)) return 'metadata';
  if (isSentence(text) || /[：:]$/.test(text) || text.length > TITLE_LINE_MAX) return 'text';
  return 'title-like';
}

// A date alone under a title is the date the document was written (成文日期), printed as in reports.
const metadataOf = (text: string): Metadata | undefined =>
  readMetadata(text) ?? (DATE_LINE.test(text) ? { 成文日期: text } : undefined);

/**
 * The run of title-like lines ending the header (at most four). When the page printed its title once as one
 * line right above the document's own split title, the run holds both: the repeat is cut off.
 */
function findTitle(header: Line[], kinds: Kind[]): Line[] {
  let start = header.length - 1;
  while (start > 0 && kinds[start - 1] === 'title-like' && header.length - start < TITLE_LINES_MAX) start--;
  const run = header.slice(start);
  const repeat = run.findIndex(
    (line, index) =>
      index < run.length - 1 && squash(line.text) === squash(run.slice(index + 1).map((l) => l.text).join('')),
  );
  return repeat === -1 ? run : run.slice(repeat + 1);
}

function isSalutation(text: string): boolean {
  return text.length <= SALUTATION_MAX && /[：:]$/.test(text) && !/[。；;！!？?]|如下|以下/.test(text);
}

const squash = (text: string) => text.replace(/\s+/g, '');
