import path from 'node:path';
import type { ImportResult } from './import-file';
import { sectionsOf } from './render';
import type { ImportedSection, Line } from './types';

/** What the importer found, printed so an editor can check it against the source in a minute. */
export function formatReport(result: ImportResult): string {
  const { document: d, findings, origins, written } = result;
  const sections = sectionsOf(d);
  // Paths inside the project are shown as typed; a temporary content root, in full.
  const where = (file: string) => {
    const relative = path.relative(process.cwd(), file);
    return relative.startsWith('..') ? path.resolve(file) : relative;
  };
  const out = [
    `Imported ${where(result.file)} (${result.encoding}, ${count(result.lineCount, result.unit)}) into ${where(written.dir)}/`,
    `  title:         ${d.title.map((line) => `「${line}」`).join(' + ')}`,
    `  issuer:        ${d.issuer}   (from ${origins.issuer})`,
    `  source:        ${d.source ?? '—'}`,
    `  published:     ${d.published}${d.publishedTime ? ` ${d.publishedTime}` : ''}   (from ${origins.published})`,
    `  salutation:    ${d.salutation ?? '—'}`,
    `  introduction:  ${d.introduction ? count(d.introduction.paragraphs.length, 'paragraph') : '—'}`,
    `  parts:         ${d.parts.length}`,
    ...d.parts.flatMap((part) => [
      `    ${part.heading}`,
      ...part.sections.map((s) => `      ${s.heading ?? '(no heading)'}   [${s.id}] ${paragraphs(s)}`),
    ]),
    `  sections:      ${sections.length}, paragraphs: ${sections.reduce((n, s) => n + s.paragraphs.length, 0)}`,
    `  attachments:   ${d.attachments.length ? d.attachments.join(' | ') : '—'}`,
    `  closing:       ${closing(result)}`,
    listing(`Left out as the site's chrome`, findings.chrome, result.unit),
    listing('Metadata lines (not text)', findings.metadata, result.unit),
    listing('Please check', findings.unsure, result.unit),
    ...reimport(result),
  ];
  return out.join('\n');
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const paragraphs = (section: ImportedSection) => count(section.paragraphs.length, 'paragraph');

function closing({ document }: ImportResult): string {
  const c = document.closing;
  if (!c) return '—';
  return [c.issuer, c.date?.text, c.disclosure].filter(Boolean).map((text) => `「${text}」`).join(' ');
}

function listing(title: string, lines: (Line & { why?: string })[], unit: string): string {
  if (!lines.length) return `${title}: none`;
  const rows = lines.map((line) => `  ${unit} ${String(line.n).padEnd(4)} ${line.text}${line.why ? `   ← ${line.why}` : ''}`);
  return [`${title} (${lines.length}):`, ...rows].join('\n');
}

function reimport({ written }: ImportResult): string[] {
  const changes = written.changes;
  if (!changes) return [];
  const ids = (list: string[]) => (list.length ? list.join(', ') : '—');
  return [
    'Re-import:',
    `  unchanged (kept as they were): ${ids(changes.unchanged)}`,
    `  changed (text replaced, summary flagged): ${ids(changes.changed)}`,
    `  new: ${ids(changes.added)}`,
    `  no longer in the text: ${ids(changes.removed)}`,
    `  summaries flagged for review: ${ids(written.flaggedSummaries)}`,
    `  notes dropped (quote no longer in the text): ${ids(changes.droppedNotes.map((n) => `${n.paragraph} 「${n.quote}」`))}`,
    `  glossary terms and 繁體 fixes no longer in the text (kept): ${ids(written.unusedTerms)}`,
  ];
}
