/**
 * npm run import -- <file.txt|.docx|.html|.pdf, or a page's address> --slug <slug> [--force] [--content-root <dir>]
 * Writes content/documents/<slug>/ and prints what it found; a bad input stops it with one line on stderr.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importFile } from '../lib/import/import-file';
import { ImportError } from '../lib/import/import-error';
import { formatReport } from '../lib/import/report';

const USAGE = 'usage: npm run import -- <file.txt|.docx|.html|.pdf, or https://…> --slug <slug> [--force] [--content-root <dir>]';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { slug: { type: 'string' }, force: { type: 'boolean', default: false }, 'content-root': { type: 'string' } },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`, 2);
  }
  const { positionals, values } = args;
  if (positionals.length !== 1 || !values.slug) return fail(USAGE, 2);
  try {
    const result = await importFile({
      file: positionals[0],
      slug: values.slug,
      contentRoot: path.resolve(values['content-root'] ?? process.env.CONTENT_ROOT ?? 'content'),
      force: values.force,
    });
    console.log(formatReport(result));
    return 0;
  } catch (error) {
    if (error instanceof ImportError) return fail(`import stopped: ${error.message}`, 1);
    throw error;
  }
}

function fail(message: string, code: number): number {
  console.error(message);
  return code;
}

process.exitCode = await main();
