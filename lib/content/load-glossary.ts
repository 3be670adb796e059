import path from 'node:path';
import { ContentError } from './content-error';
import type { Report } from './load-report';
import { readYaml } from './read-yaml';
import { glossaryFileSchema, type GlossaryEntry } from './schema';

/** The glossary; every term must occur, exactly as written, somewhere in the report. */
export function loadGlossary(report: Report, contentRoot = path.join(process.cwd(), 'content')): GlossaryEntry[] {
  const entries = readYaml(contentRoot, 'glossary.yaml', glossaryFileSchema);
  const text = report.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs.map((p) => p.text)]).join('\n');
  const problems = entries.flatMap((entry, index) => [
    ...(text.includes(entry.term) ? [] : [`${index}.term: 「${entry.term}」 does not occur in the report`]),
    ...(entries.findIndex((e) => e.term === entry.term) === index ? [] : [`${index}.term: 「${entry.term}」 is listed twice`]),
  ]);
  if (problems.length) throw new ContentError(path.join('content', 'glossary.yaml'), problems);
  return entries;
}
