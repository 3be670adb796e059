import path from 'node:path';
import type { ImportResult } from './import-file';
import { sectionsOf } from './render';
import type { ImportedSection, Line, Provenance } from './types';

/** What the importer found, printed so an editor can check it against the source in a minute. */
export function formatReport(result: ImportResult): string {
  const { document: d, findings, origins, written } = result;
  const sections = sectionsOf(d);
  const blocks = sections.flatMap((s) => s.blocks);
  // Paths inside the project are shown as typed; a temporary content root, in full.
  const where = (file: string) => {
    const relative = path.relative(process.cwd(), file);
    return relative.startsWith('..') ? path.resolve(file) : relative;
  };
  const out = [
    `Imported ${where(result.file)} (${result.format}, ${count(result.count, result.unit)}) into ${where(written.dir)}/`,
    `  title:         ${d.title.map((line) => `「${line}」`).join(' + ')}${from(origins.title)}`,
    `  文号:          ${d.documentNumber ?? '—'}${from(origins.documentNumber)}`,
    `  issuer:        ${d.issuer ?? '— (none found: add one to document.yaml)'}${from(origins.issuer)}`,
    `  source:        ${d.source ?? '—'}${from(origins.source)}`,
    `  published:     ${d.published ? `${d.published}${d.publishedTime ? ` ${d.publishedTime}` : ''}` : '— (no date found: add one to document.yaml)'}${from(origins.published)}`,
    `  salutation:    ${d.salutation ?? '—'}`,
    `  structure:     ${count(sections.length, 'section')} found by ${result.foundBy}; ${count(blocks.filter((b) => b.kind === 'table').length, 'table')}, ${count(blocks.filter((b) => b.kind === 'list').length, 'list')}`,
    `  introduction:  ${d.introduction ? contents(d.introduction) : '—'}`,
    `  parts:         ${d.parts.length}`,
    ...d.parts.flatMap((part) => [
      `    ${part.heading ?? '(no heading)'}`,
      ...part.sections.map((s) => `      ${s.heading ?? (s.title ? `「${s.title}」 (a name for the contents)` : '(no heading)')}   [${s.id}] ${contents(s)}`),
    ]),
    `  attachments:   ${d.attachments.length ? d.attachments.join(' | ') : '—'}`,
    `  closing:       ${closing(result)}`,
    `  版记:          ${d.imprint?.join(' | ') ?? '—'}`,
    listing(`Left out as the site's chrome`, findings.chrome, result.unit),
    listing('Metadata lines (not text)', findings.metadata, result.unit),
    listing('Please check', findings.unsure, result.unit),
    ...reimport(result),
    `This report is kept beside the document as import.yaml; npm run check-content warns while a guessed field is as guessed.`,
  ];
  return out.join('\n');
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const from = (origin: Provenance | undefined) => (origin ? `   (from ${origin.from}${origin.guessed ? ': a guess, please check' : ''})` : '');

function contents(section: ImportedSection): string {
  const kinds = ['paragraph', 'list', 'table'] as const;
  return kinds
    .map((kind) => [kind, section.blocks.filter((b) => b.kind === kind).length] as const)
    .filter(([, n]) => n)
    .map(([kind, n]) => count(n, kind))
    .join(', ');
}

function closing({ document }: ImportResult): string {
  const c = document.closing;
  if (!c) return '—';
  return [c.issuer, c.date?.text, c.disclosure, ...(c.remarks ?? [])].filter(Boolean).map((text) => `「${text}」`).join(' ');
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
