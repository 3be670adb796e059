import { glossaryInTraditional, reportInTraditional, summariesInTraditional } from './content/in-traditional';
import { loadGlossary } from './content/load-glossary';
import { loadReport, type Report, type Section } from './content/load-report';
import { loadSummaries } from './content/load-summaries';
import type { GlossaryEntry, SummaryFile } from './content/schema';
import { traditionalConverter } from './content/traditional';
import type { Locale } from './i18n/routing';

/** The report, read and checked once per build; a content mistake stops the build here. */
export const report = loadReport();

export const sectionIds = report.sections.map((section) => section.id);

/** Plain-language summaries and the glossary, checked against the report at build. */
export const summaries = loadSummaries(report);
export const glossary = loadGlossary(report);

/** The report in one script: the original (简体), or the 繁體 edition built from it. */
export type Edition = {
  lang: 'zh-CN' | 'zh-Hant';
  report: Report;
  summaries: Map<string, SummaryFile>;
  glossary: GlossaryEntry[];
};

const original: Edition = { lang: 'zh-CN', report, summaries, glossary };
let traditional: Edition | undefined;

/** The edition a page in this interface language shows; the English interface shows the original. */
export function editionFor(locale: Locale): Edition {
  if (locale !== 'zh-Hant') return original;
  if (!traditional) {
    const convert = traditionalConverter();
    traditional = {
      lang: 'zh-Hant',
      report: reportInTraditional(report, convert),
      summaries: summariesInTraditional(summaries, convert),
      glossary: glossaryInTraditional(glossary, convert),
    };
  }
  return traditional;
}

export function findSection(edition: Edition, id: string): Section | undefined {
  return edition.report.sections.find((section) => section.id === id);
}

/** The section before and after, in reading order, for 上一节 / 下一节. */
export function neighbours(edition: Edition, id: string): { previous?: Section; next?: Section } {
  const index = sectionIds.indexOf(id);
  return { previous: edition.report.sections[index - 1], next: edition.report.sections[index + 1] };
}
