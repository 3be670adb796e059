import fs from 'node:fs';
import path from 'node:path';
import { ContentError } from './content-error';
import { coverWarnings } from './import-record';
import { loadDocument } from './load-document';
import { averageSentenceLength } from './readability';

/** What an editor needs to know about one document before it is published. */
export type DocumentCheck = {
  dir: string;
  title?: string;
  sections?: number;
  summarised?: number;
  /** Sections whose summary waits for an editor (the original changed): id → the review line. */
  flagged?: [string, string][];
  averageSentenceLength?: number;
  glossaryTerms?: number;
  /** Content mistakes, each naming its file; the build stops on any of them. */
  errors: string[];
  /** What an editor should check (a guessed cover fact, a missing date); the build goes on. */
  warnings: string[];
};

/**
 * Checks every document folder under the content roots the way the build does (schema, text, summaries'
 * numbers, glossary terms in the text) and adds the figures an editor reads: summary coverage and the
 * plain summaries' average sentence length (the aim is ≤ 20 hanzi).
 */
export function checkLibrary(roots: string[]): DocumentCheck[] {
  return roots.flatMap((root) => {
    const dir = path.join(root, 'documents');
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => checkDocument(path.join(dir, entry.name)));
  });
}

function checkDocument(dir: string): DocumentCheck {
  try {
    const { report, summaries, glossary } = loadDocument(dir);
    const shown = [...summaries.shown.values()];
    return {
      dir,
      title: report.title.join(''),
      sections: report.sections.length,
      summarised: shown.length,
      flagged: [...summaries.flagged],
      averageSentenceLength: shown.length ? averageSentenceLength(shown.flatMap((s) => [s.zh.headline, ...s.zh.points])) : undefined,
      glossaryTerms: glossary.length,
      errors: [],
      warnings: coverWarnings(dir, report),
    };
  } catch (error) {
    if (error instanceof ContentError) return { dir, errors: [error.message], warnings: [] };
    // A file no check foresaw still gets a line naming its document, never a stack trace for an editor.
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { dir, errors: [`Content error in ${path.relative(process.cwd(), dir) || dir}: it could not be read (${reason})`], warnings: [] };
  }
}
