import { chromeReason } from './chrome';
import { ImportError } from './import-error';
import { isAttachment, markerOf, partNumber, sectionNumber } from './markers';
import type { Findings, Line } from './types';

export type BodySection = { heading?: Line; paragraphs: Line[] };
export type BodyPart = { heading: Line; sections: BodySection[] };
export type Body = { introduction: Line[]; parts: BodyPart[]; attachments: string[] };

const LONG_HEADING = 40;

/**
 * The text between the title and the closing, grouped into parts (一、) and their sections (（一）). Every other
 * line is a paragraph: numbered items (1. 1、 (1)) and 一是…二是… stay paragraphs as printed. A heading out of
 * order is kept as a paragraph, since a real heading never skips a number.
 */
export function readBody(lines: Line[], findings: Findings): Body {
  const body: Body = { introduction: [], parts: [], attachments: [] };
  let attachment = false;
  for (const line of lines) {
    const part = body.parts.at(-1);
    attachment = isAttachment(line.text, attachment);
    if (attachment) {
      body.attachments.push(line.text);
    } else if (partNumber(line.text) === body.parts.length + 1) {
      const [heading, runIn] = headingOf(line, findings);
      body.parts.push({ heading, sections: runIn ? [{ paragraphs: [runIn] }] : [] });
    } else if (part && sectionNumber(line.text) === headedSections(part) + 1) {
      const [heading, runIn] = headingOf(line, findings);
      part.sections.push({ heading, paragraphs: runIn ? [runIn] : [] });
    } else if (chromeReason(line.text, false)) {
      findings.chrome.push({ ...line, why: chromeReason(line.text, false)! });
      findings.unsure.push({ ...line, why: 'left out as the site’s, inside the text' });
    } else {
      if (partNumber(line.text) !== undefined || sectionNumber(line.text) !== undefined) {
        findings.unsure.push({ ...line, why: 'numbered like a heading, but out of order: kept as a paragraph' });
      }
      paragraphsOf(body).push(line);
    }
  }
  for (const part of body.parts) fillEmpty(part, findings);
  return body;
}

const headedSections = (part: BodyPart) => part.sections.filter((section) => section.heading).length;

/** Where a paragraph goes: the introduction, the text of a part before its first （一）, or the last section. */
function paragraphsOf(body: Body): Line[] {
  const part = body.parts.at(-1);
  if (!part) return body.introduction;
  if (!part.sections.length) part.sections.push({ paragraphs: [] });
  return part.sections.at(-1)!.paragraphs;
}

/**
 * A heading followed on its line by its text (「（一）加强组织领导。各乡镇要……」) is split after its first full stop:
 * the words stay as printed, the reader gets a heading it can list.
 */
function headingOf(line: Line, findings: Findings): [Line, Line?] {
  const stop = line.text.indexOf('。') + 1;
  if (stop && stop < line.text.length) {
    findings.unsure.push({ ...line, why: 'a heading with its text on the same line: split after 「。」' });
    return [{ ...line, text: line.text.slice(0, stop) }, { ...line, text: line.text.slice(stop).trim() }];
  }
  if (line.text.length > LONG_HEADING || /[，；,;]/.test(line.text)) {
    findings.unsure.push({ ...line, why: 'a long heading: check it is not a paragraph' });
  }
  return [line];
}

/**
 * A heading with nothing under it that is itself a sentence (「四、本办法自印发之日起施行。」) is a numbered
 * paragraph: its number stays the heading and the sentence becomes the text. Anything else cannot be read.
 */
function fillEmpty(part: BodyPart, findings: Findings) {
  if (!part.sections.length) {
    const [heading, text] = splitSentenceHeading(part.heading, findings);
    part.heading = heading;
    part.sections.push({ paragraphs: [text] });
  }
  for (const section of part.sections) {
    if (section.heading && !section.paragraphs.length) {
      const [heading, text] = splitSentenceHeading(section.heading, findings);
      section.heading = heading;
      section.paragraphs.push(text);
    }
  }
}

function splitSentenceHeading(heading: Line, findings: Findings): [Line, Line] {
  if (!heading.text.endsWith('。')) {
    throw new ImportError(`no text under the heading 「${heading.text}」 (line ${heading.n})`);
  }
  const marker = markerOf(heading.text);
  findings.unsure.push({ ...heading, why: `a heading that is a sentence: 「${marker}」 kept as the heading` });
  return [{ ...heading, text: marker }, { ...heading, text: heading.text.slice(marker.length) }];
}
