import path from 'node:path';
import { ContentError } from './content-error';
import { sectionTexts } from './blocks';
import { loadGlossary } from './load-glossary';
import { loadReport, type Report } from './load-report';
import { loadSummaries, numbersNotIn, type Summaries } from './load-summaries';
import type { GlossaryEntry } from './schema';

/** One document of the library, as its folder holds it, checked: text, summaries and glossary. */
export type LoadedDocument = {
  slug: string;
  /** Its folder, content/documents/<slug>. */
  dir: string;
  report: Report;
  summaries: Summaries;
  glossary: GlossaryEntry[];
};

/** Every text of the document as published, for checks that something occurs in it. */
export function documentText(report: Report): string[] {
  return [
    ...report.title,
    ...report.parts.flatMap((part) => part.heading ?? []),
    ...report.sections.flatMap(sectionTexts),
  ];
}

/** Reads one document folder; a content mistake throws a ContentError naming the document, the file and the field. */
export function loadDocument(dir: string): LoadedDocument {
  const report = loadReport(dir);
  if (report.summary) {
    const invented = numbersNotIn(documentText(report), [report.summary.zh, report.summary.en]);
    if (invented.length) {
      throw new ContentError(
        path.join(dir, 'document.yaml'),
        invented.map((found) => `summary: number not in the document's text — ${found}`),
      );
    }
  }
  return { slug: path.basename(dir), dir, report, summaries: loadSummaries(report, dir), glossary: loadGlossary(report, dir) };
}
