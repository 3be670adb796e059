import { chromeReason } from './chrome';
import { DATE_LINE, findDate } from './dates';
import { isAttachment, isDisclosure, isSignOff, partNumber, sectionNumber } from './markers';
import { readMetadata, type Metadata } from './metadata';
import { isOrganisation, isSentence } from './shape';
import type { Findings, ImportedDocument, Line } from './types';

const SHORT_LINE = 20;

export type Closing = {
  closing?: NonNullable<ImportedDocument['closing']>;
  /** 附件 lines printed after the closing date. */
  attachments: string[];
  metadata: Metadata;
  /** Index one past the last line of text. */
  bodyEnd: number;
};

/**
 * What stands after the text: the issuer and date, the disclosure note, attachments, then the site's chrome.
 * The closing date is the last date standing alone on a line after the last part heading; without one, the
 * end is read backwards until a line of text.
 */
export function readClosing(lines: Line[], lastPart: number, findings: Findings): Closing {
  const dateAt = lines.findLastIndex((line, index) => index > lastPart && DATE_LINE.test(line.text));
  return dateAt === -1 ? readBackwards(lines, lastPart, findings) : readAfterDate(lines, dateAt, lastPart, findings);
}

function readAfterDate(lines: Line[], dateAt: number, lastPart: number, findings: Findings): Closing {
  const issuerAt = dateAt - 1 > lastPart && isOrganisation(lines[dateAt - 1].text) ? dateAt - 1 : undefined;
  const closing: Closing['closing'] = {
    ...(issuerAt !== undefined && { issuer: lines[issuerAt].text }),
    date: { text: lines[dateAt].text },
  };
  if (!findDate(lines[dateAt].text).iso) {
    findings.unsure.push({ ...lines[dateAt], why: 'the closing date is not a whole date' });
  }
  const result: Closing = { closing, attachments: [], metadata: {}, bodyEnd: issuerAt ?? dateAt };
  let attachment = false;
  for (const line of lines.slice(dateAt + 1)) {
    attachment = isAttachment(line.text, attachment);
    if (attachment) result.attachments.push(line.text);
    else if (!closing.disclosure && isDisclosure(line.text)) closing.disclosure = line.text;
    else if (!leftOut(line, result.metadata, findings)) {
      findings.chrome.push({ ...line, why: 'after the closing' });
      findings.unsure.push({ ...line, why: 'left out as the site’s: a line after the closing date' });
    }
  }
  return result;
}

function readBackwards(lines: Line[], lastPart: number, findings: Findings): Closing {
  const result: Closing = { attachments: [], metadata: {}, bodyEnd: lines.length };
  const closing: NonNullable<Closing['closing']> = {};
  for (let index = lines.length - 1; index > lastPart; index--) {
    const line = lines[index];
    if (!closing.disclosure && isDisclosure(line.text)) closing.disclosure = line.text;
    else if (!leftOut(line, result.metadata, findings)) {
      if (isOrganisation(line.text)) closing.issuer = line.text;
      else if (closing.disclosure || !isShortNonSentence(line.text)) break;
      else {
        findings.chrome.push({ ...line, why: 'a short line at the end' });
        findings.unsure.push({ ...line, why: 'left out as the site’s: a short line after the text' });
      }
    }
    result.bodyEnd = index;
    if (closing.issuer) break;
  }
  if (Object.keys(closing).length) result.closing = closing;
  return result;
}

/** Chrome and metadata after the text are left out; says whether the line was one of them. */
function leftOut(line: Line, metadata: Metadata, findings: Findings): boolean {
  const why = chromeReason(line.text, true);
  if (why) {
    findings.chrome.push({ ...line, why });
    return true;
  }
  const fields = readMetadata(line.text);
  if (!fields) return false;
  for (const [key, value] of Object.entries(fields)) metadata[key] ??= value;
  findings.metadata.push(line);
  return true;
}

// What may be chrome at the very end: short, no sentence punctuation, not 「特此通知」, not a heading.
const isShortNonSentence = (text: string) =>
  text.length <= SHORT_LINE &&
  !isSentence(text) &&
  !isSignOff(text) &&
  partNumber(text) === undefined &&
  sectionNumber(text) === undefined;
