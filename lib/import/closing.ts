import { chromeReason } from './chrome';
import { DATE_LINE, findDate } from './dates';
import { isAttachment, isDisclosure, isImprint, isRemark, isSignOff, markerOf } from './markers';
import { readMetadata, type Metadata } from './metadata';
import { isOrganisation, isSentence } from './shape';
import type { SourceBlock } from './source';
import type { Findings, ImportedDocument, Line } from './types';

const SHORT_LINE = 20;
const ISSUER_LINES_MAX = 3;

export type Closing = {
  closing?: NonNullable<ImportedDocument['closing']>;
  /** 附件 lines printed before the issuer or after the closing date. */
  attachments: string[];
  /** 版记 lines: 抄送, 印发. */
  imprint: string[];
  metadata: Metadata;
  /** Index one past the last block of text. */
  bodyEnd: number;
};

/**
 * What stands after the text: 附件, the issuer and date, the disclosure and other 附注, the 版记, then the site's
 * chrome. The closing date is the last date standing alone on a line after which only such things follow; a date
 * with text after it (a 通知 that 印发 a 办法 signs off before the 办法) is left in the text where it stands.
 * Without one, the end is read backwards until a line of text.
 */
export function readClosing(blocks: SourceBlock[], bodyStart: number, findings: Findings): Closing {
  const dateAt = blocks.findLastIndex((block, index) => index >= bodyStart && isLine(block) && DATE_LINE.test(block.text) && onlyEndMatterAfter(blocks, index));
  return dateAt === -1 ? readBackwards(blocks, bodyStart, findings) : readAfterDate(blocks, dateAt, bodyStart, findings);
}

const isLine = (block: SourceBlock | undefined): block is SourceBlock & { kind: 'paragraph' } => block?.kind === 'paragraph';

function onlyEndMatterAfter(blocks: SourceBlock[], dateAt: number): boolean {
  let attachment = false;
  return blocks.slice(dateAt + 1).every((block) => {
    if (!isLine(block)) return false;
    attachment = isAttachment(block.text, attachment);
    return attachment || isEndMatter(block.text) || isShortNonSentence(block.text) || !!chromeReason(block.text, true) || !!readMetadata(block.text);
  });
}

const isEndMatter = (text: string) => isDisclosure(text) || isRemark(text) || isImprint(text);

/** The issuer's lines right above the date: one, or several bodies on one line or on lines of their own. */
function issuerAbove(blocks: SourceBlock[], dateAt: number, bodyStart: number): number {
  let first = dateAt;
  while (first - 1 >= bodyStart && dateAt - first < ISSUER_LINES_MAX) {
    const block = blocks[first - 1];
    if (!isLine(block) || !isIssuerLine(block.text)) break;
    first--;
  }
  return first;
}

// 「某市民政局　某市财政局」: several issuers, each an organisation, side by side.
const isIssuerLine = (text: string) => text.split(/[\s\u3000]+/).filter(Boolean).every(isOrganisation);

function readAfterDate(blocks: SourceBlock[], dateAt: number, bodyStart: number, findings: Findings): Closing {
  const issuerAt = issuerAbove(blocks, dateAt, bodyStart);
  const date = blocks[dateAt] as SourceBlock & { kind: 'paragraph' };
  const issuer = blocks.slice(issuerAt, dateAt).map((block) => (block as SourceBlock & { kind: 'paragraph' }).text);
  const closing: NonNullable<Closing['closing']> = {
    ...(issuer.length && { issuer: issuer.join('\u3000') }),
    date: { text: date.text },
  };
  if (!findDate(date.text).iso) findings.unsure.push({ n: date.at.n, text: date.text, why: 'the closing date is not a whole date' });
  const attachmentsAt = attachmentsAbove(blocks, issuerAt, bodyStart);
  const result: Closing = {
    closing,
    attachments: blocks.slice(attachmentsAt, issuerAt).map((block) => (block as SourceBlock & { kind: 'paragraph' }).text),
    imprint: [],
    metadata: {},
    bodyEnd: attachmentsAt,
  };
  let attachment = false;
  for (const block of blocks.slice(dateAt + 1) as (SourceBlock & { kind: 'paragraph' })[]) {
    const line: Line = { n: block.at.n, text: block.text };
    attachment = isAttachment(line.text, attachment);
    if (attachment) result.attachments.push(line.text);
    else if (!closing.disclosure && isDisclosure(line.text)) closing.disclosure = line.text;
    else if (isImprint(line.text)) result.imprint.push(line.text);
    else if (isRemark(line.text)) (closing.remarks ??= []).push(line.text);
    else if (!leftOut(line, result.metadata, findings)) {
      findings.chrome.push({ ...line, why: 'after the closing' });
      findings.unsure.push({ ...line, why: 'left out as the site’s: a line after the closing date' });
    }
  }
  return result;
}

/** 附件说明, between the text and the issuer: 「附件：1.…」 and the numbered lines that continue it. */
function attachmentsAbove(blocks: SourceBlock[], issuerAt: number, bodyStart: number): number {
  for (let start = issuerAt - 1; start >= Math.max(bodyStart, issuerAt - 10); start--) {
    const block = blocks[start];
    if (!isLine(block)) return issuerAt;
    if (!isAttachment(block.text, false)) continue;
    let attachment = false;
    const all = blocks.slice(start, issuerAt).every((b) => isLine(b) && (attachment = isAttachment(b.text, attachment)));
    return all ? start : issuerAt;
  }
  return issuerAt;
}

function readBackwards(blocks: SourceBlock[], bodyStart: number, findings: Findings): Closing {
  const result: Closing = { attachments: [], imprint: [], metadata: {}, bodyEnd: blocks.length };
  const closing: NonNullable<Closing['closing']> = {};
  for (let index = blocks.length - 1; index >= bodyStart; index--) {
    const block = blocks[index];
    if (!isLine(block)) break;
    const line: Line = { n: block.at.n, text: block.text };
    if (!closing.disclosure && isDisclosure(line.text)) closing.disclosure = line.text;
    else if (isImprint(line.text)) result.imprint.unshift(line.text);
    else if (!leftOut(line, result.metadata, findings)) {
      if (isIssuerLine(line.text)) closing.issuer = line.text;
      else if (closing.disclosure || result.imprint.length || !isShortNonSentence(line.text)) break;
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
const isShortNonSentence = (text: string) => text.length <= SHORT_LINE && !isSentence(text) && !isSignOff(text) && !markerOf(text);
