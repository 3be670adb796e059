import { readBody, type BodyPart, type BodySection } from './body';
import { readClosing } from './closing';
import { findDate } from './dates';
import { readHeader } from './header';
import { ImportError } from './import-error';
import { partNumber } from './markers';
import type { Metadata } from './metadata';
import { isOrganisation } from './shape';
import type { Findings, ImportedDocument, ImportedPart, ImportedSection, Line } from './types';

export type Analysis = { document: ImportedDocument; findings: Findings };

// The kinds of 公文 and reports a title names last; a title ending otherwise may have lost a line.
const DOCUMENT_KIND =
  /(?:通知|通告|公告|报告|意见|决定|办法|方案|规定|规则|细则|批复|函|纪要|规划|计划|要点|总结|通报|条例|决议|公报|指引|指南|清单|答复|请示|命令|议案|章程|讲话)$/;

/** Lines → the document: cover, introduction, parts and sections with their ids, attachments, closing. */
export function analyse(lines: Line[]): Analysis {
  const findings: Findings = { chrome: [], metadata: [], unsure: [], origins: { issuer: '', published: '' } };
  const firstPart = lines.findIndex((line) => partNumber(line.text) === 1);
  if (firstPart === -1) throw new ImportError('no recognisable structure: no part headings (一、 二、 …) found');
  const header = readHeader(lines, firstPart, findings);
  const end = readClosing(lines, lastPartHeading(lines, firstPart), findings);
  const body = readBody(lines.slice(header.bodyStart, end.bodyEnd), findings);
  const metadata = { ...end.metadata, ...header.metadata };

  const title = header.title.map((line) => line.text);
  if (!DOCUMENT_KIND.test(title.join(''))) {
    findings.unsure.push({ ...header.title.at(-1)!, why: 'the title does not end with a kind of document (通知, 报告 …)' });
  }
  const closing = end.closing;
  const issuer = findIssuer(metadata, closing?.issuer, title.join(''), findings);
  const { published, publishedTime } = findPublished(metadata, closing?.date?.text, findings);

  const source = metadata['来源'] || metadata['信息来源'] || undefined;
  return {
    document: {
      title,
      issuer,
      ...(source && { source }),
      published,
      ...(publishedTime && { publishedTime }),
      ...(header.salutation && { salutation: header.salutation }),
      ...(body.introduction.length && { introduction: section('introduction', { paragraphs: body.introduction }) }),
      parts: body.parts.map(toPart),
      attachments: [...body.attachments, ...end.attachments],
      ...(closing && { closing }),
    },
    findings,
  };
}

/** The last part heading in sequence (一、 二、 三、 …): the closing is looked for after it. */
function lastPartHeading(lines: Line[], firstPart: number): number {
  let last = firstPart;
  lines.forEach((line, index) => {
    if (index > last && partNumber(line.text) === partNumber(lines[last].text)! + 1) last = index;
  });
  return last;
}

// Ids: `<n>` for a part's only section, `<n>-<k>` for its （k）, `<n>-0` for its text before （一）.
function toPart(part: BodyPart, index: number): ImportedPart {
  const n = index + 1;
  const single = part.sections.length === 1 && !part.sections[0].heading;
  let k = 0;
  return {
    id: `part-${n}`,
    heading: part.heading.text,
    sections: part.sections.map((s) => section(single ? `${n}` : s.heading ? `${n}-${++k}` : `${n}-0`, s)),
  };
}

function section(id: string, { heading, paragraphs }: BodySection): ImportedSection {
  return {
    id,
    ...(heading && { heading: heading.text }),
    paragraphs: paragraphs.map((line, i) => ({ id: `${id}-${i + 1}`, text: line.text })),
  };
}

function findIssuer(metadata: Metadata, closingIssuer: string | undefined, title: string, findings: Findings) {
  const labelled = (['发布机构', '发文机关', '发布单位', '发文单位'] as const).find((label) => metadata[label]);
  const beforeAbout = title.split('关于')[0];
  const [issuer, origin] = labelled
    ? [metadata[labelled], labelled]
    : closingIssuer
      ? [closingIssuer, 'the closing']
      : title.includes('关于') && isOrganisation(beforeAbout)
        ? [beforeAbout, 'the title, before 关于']
        : [];
  if (!issuer) throw new ImportError('no issuer found: no 发布机构 or 发文机关, no issuer above the closing date, no issuer before 关于 in the title');
  findings.origins.issuer = origin!;
  return issuer;
}

function findPublished(metadata: Metadata, closingDate: string | undefined, findings: Findings) {
  const candidates: [string, string | undefined][] = [
    ...['发布日期', '发布时间', '公开日期', '成文日期', '发文日期', '印发日期'].map((label) => [label, metadata[label]] as [string, string | undefined]),
    ['the closing date', closingDate],
  ];
  for (const [origin, value] of candidates) {
    const date = value ? findDate(value) : {};
    if (date.iso) {
      findings.origins.published = origin;
      return { published: date.iso, publishedTime: date.time };
    }
  }
  throw new ImportError('no publication date found: no 发布日期, 发布时间 or 成文日期, and no whole date at the closing');
}
