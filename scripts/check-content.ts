// npm run check-content: every document's figures and mistakes, for an editor; exits non-zero on a mistake.
// The build runs it first (prebuild), and loads the same checks again when it renders the pages.
import path from 'node:path';
import { checkLibrary, type DocumentCheck } from '@/lib/content/check-library';
import { contentRoots } from '@/lib/library';

function describe(check: DocumentCheck): string {
  const name = path.relative(process.cwd(), check.dir);
  if (check.errors.length) return [`✗ ${name}`, ...check.errors.map((e) => `    ${e.replace(/\n/g, '\n    ')}`)].join('\n');
  const flagged = check.flagged!.map(([id, why]) => `${id} (${why})`).join(', ');
  return [
    `✓ ${name}: ${check.title}`,
    `    sections: ${check.sections}; plain summaries: ${check.summarised} of ${check.sections}${flagged ? `; waiting for review: ${flagged}` : ''}`,
    `    numbers in summaries not found in their section: none`,
    `    average summary sentence: ${check.averageSentenceLength === undefined ? '—' : `${check.averageSentenceLength.toFixed(1)} hanzi`}`,
    `    glossary: ${check.glossaryTerms} terms, every one found in the text`,
    ...check.warnings.map((warning) => `    ⚠ ${warning}`),
  ].join('\n');
}

const checks = checkLibrary(contentRoots());
console.log(checks.map(describe).join('\n'));
const failed = checks.filter((check) => check.errors.length);
const warned = checks.filter((check) => check.warnings.length).length;
const warnings = warned ? ` ${warned} to check (⚠), which does not stop the build.` : '';
console.log(failed.length ? `${failed.length} document(s) with mistakes.${warnings}` : `${checks.length} document(s), no mistakes.${warnings}`);
if (failed.length) process.exit(1);
