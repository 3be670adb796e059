import { loadGlossary } from './content/load-glossary';
import { loadReport, type Section } from './content/load-report';
import { loadSummaries } from './content/load-summaries';

/** The report, read and checked once per build; a content mistake stops the build here. */
export const report = loadReport();

export const sectionIds = report.sections.map((section) => section.id);

export function findSection(id: string): Section | undefined {
  return report.sections.find((section) => section.id === id);
}

/** The section before and after, in reading order, for 上一节 / 下一节. */
export function neighbours(id: string): { previous?: Section; next?: Section } {
  const index = sectionIds.indexOf(id);
  return { previous: report.sections[index - 1], next: report.sections[index + 1] };
}

/** Plain-language summaries and the glossary, checked against the report at build. */
export const summaries = loadSummaries(report);
export const glossary = loadGlossary(report);
