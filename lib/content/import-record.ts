import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Report } from './load-report';

/** Written by `npm run import` beside the document: what it found, and where (lib/import/record.ts). */
export const IMPORT_RECORD = 'import.yaml';

const factSchema = z.looseObject({ value: z.union([z.string(), z.array(z.string())]), from: z.string(), guessed: z.boolean().optional() });
const recordSchema = z.looseObject({ facts: z.record(z.string(), factSchema).optional() });

const COVER_FIELDS = { title: 'title', documentNumber: '文号', issuer: 'issuer', published: 'publication date', source: 'source' } as const;

/**
 * What an editor should look at on a document's cover, said as warnings, never mistakes: a fact the importer
 * guessed that still has the guessed value, and an issuer or date nobody found. Correcting the field in
 * document.yaml ends its warning; so does deleting its `guessed: true` from import.yaml once it is checked.
 */
export function coverWarnings(dir: string, report: Report): string[] {
  const warnings: string[] = [];
  if (!report.issuer) warnings.push('document.yaml: no issuer was found; add `issuer:` as the document prints it');
  if (!report.published) warnings.push('document.yaml: no publication date was found; add `published: YYYY-MM-DD`');
  const file = path.join(dir, IMPORT_RECORD);
  if (!fs.existsSync(file)) return warnings;
  let record: z.infer<typeof recordSchema>;
  try {
    record = recordSchema.parse(parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return [...warnings, `${IMPORT_RECORD} cannot be read; the cover's guesses are not checked (re-import to write it again)`];
  }
  for (const [field, label] of Object.entries(COVER_FIELDS) as [keyof typeof COVER_FIELDS, string][]) {
    const fact = record.facts?.[field];
    const current = report[field];
    if (!fact?.guessed || current === undefined) continue;
    if (String(fact.value) !== String(current)) continue;
    warnings.push(
      `document.yaml: the ${label} 「${[current].flat().join('')}」 was guessed from ${fact.from}; check it, and once it is right delete \`guessed: true\` under facts.${field} in ${IMPORT_RECORD}`,
    );
  }
  return warnings;
}
