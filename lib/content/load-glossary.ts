import fs from 'node:fs';
import path from 'node:path';
import { sectionTexts } from './blocks';
import { ContentError } from './content-error';
import type { Report } from './load-report';
import { readYaml } from './read-yaml';
import { glossaryFileSchema, type GlossaryEntry } from './schema';

const FILE = 'glossary.yaml';

/** One document's glossary (none if it has no glossary.yaml); every term must occur, as written, in its text. */
export function loadGlossary(report: Report, dir: string): GlossaryEntry[] {
  if (!fs.existsSync(path.join(dir, FILE))) return [];
  const entries = readYaml(dir, FILE, glossaryFileSchema);
  const text = report.sections.flatMap(sectionTexts).join('\n');
  const problems = entries.flatMap((entry, index) => [
    ...(text.includes(entry.term) ? [] : [`${index}.term: 「${entry.term}」 does not occur in the document`]),
    ...(entries.findIndex((e) => e.term === entry.term) === index ? [] : [`${index}.term: 「${entry.term}」 is listed twice`]),
  ]);
  if (problems.length) throw new ContentError(path.join(dir, FILE), problems);
  return entries;
}
