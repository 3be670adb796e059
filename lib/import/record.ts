import { IMPORT_RECORD } from '../content/import-record';
import { sectionsOf, toYaml } from './render';
import type { Findings, ImportedDocument, Origins } from './types';

export { IMPORT_RECORD };

type RecordInput = { document: ImportedDocument; origins: Origins; findings: Findings; foundBy: string; file: string; format: string; unit: string; when: Date };

/**
 * import.yaml, written beside the document: each cover fact with where it was read and whether it is a guess,
 * how the sections were found, and the lines to check. check-content reads the guesses back (lib/content/import-record.ts).
 */
export function recordYaml({ document, origins, findings, foundBy, file, format, unit, when }: RecordInput): string {
  const facts = Object.fromEntries(
    (Object.keys(origins) as (keyof Origins)[]).flatMap((field) => {
      const value = document[field];
      return value === undefined ? [] : [[field, { value, ...origins[field] }]];
    }),
  );
  const blocks = sectionsOf(document).flatMap((section) => section.blocks);
  return toYaml(
    {
      imported: when.toISOString().slice(0, 10),
      file,
      format,
      facts,
      structure: `${sectionsOf(document).length} sections found by ${foundBy}; ${blocks.filter((b) => b.kind === 'table').length} tables, ${blocks.filter((b) => b.kind === 'list').length} lists`,
      check: findings.unsure.map((line) => `${unit} ${line.n}: 「${line.text}」 — ${line.why}`),
    },
    [
      ` What \`npm run import\` found in ${file}, and where. \`npm run check-content\` warns about each fact marked`,
      ` guessed while document.yaml still has that value: correct it there, or delete its \`guessed: true\` here once checked.`,
    ].join('\n'),
  );
}
