import { readBody, type BodyPart, type BodySection } from './body';
import { readClosing } from './closing';
import { readCover, type Origins } from './cover';
import { readHeader } from './header';
import { ImportError } from './import-error';
import { partNumber } from './markers';
import type { Findings, ImportedDocument, ImportedPart, ImportedSection, Line } from './types';

export type Analysis = { document: ImportedDocument; findings: Findings; origins: Origins };

// The kinds of 公文 and reports a title names last; a title ending otherwise may have lost a line.
const DOCUMENT_KINDS = [
  '通知', '通告', '公告', '报告', '意见', '决定', '办法', '方案', '规定', '规则', '细则', '批复', '函', '纪要', '规划', '计划',
  '要点', '总结', '通报', '条例', '决议', '公报', '指引', '指南', '清单', '答复', '请示', '命令', '议案', '章程', '讲话',
];
const DOCUMENT_KIND = new RegExp(`(?:${DOCUMENT_KINDS.join('|')})$`);

/** Lines → the document: cover, introduction, parts and sections with their ids, attachments, closing. */
export function analyse(lines: Line[]): Analysis {
  const findings: Findings = { chrome: [], metadata: [], unsure: [] };
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
  const { cover, origins } = readCover(metadata, end.closing, title.join(''));
  for (const list of Object.values(findings)) list.sort((a, b) => a.n - b.n);
  return {
    document: {
      title,
      ...cover,
      ...(header.salutation && { salutation: header.salutation }),
      ...(body.introduction.length && { introduction: section('introduction', { paragraphs: body.introduction }) }),
      parts: body.parts.map(toPart),
      attachments: [...body.attachments, ...end.attachments],
      ...(end.closing && { closing: end.closing }),
    },
    findings,
    origins,
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
