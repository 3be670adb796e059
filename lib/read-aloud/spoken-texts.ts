import type { Report, Section } from '@/lib/content/load-report';
import type { GlossaryEntry, SummaryFile } from '@/lib/content/schema';
import zhMessages from '@/messages/zh-CN.json';

/**
 * Every Chinese text the reader can read aloud, as the pages show it: headings, summary sentences and
 * number cards, original paragraphs, the closing lines, glossary explanations. The offline audio is
 * generated from this list; e2e tests check the pages ask for nothing outside it.
 */
export function spokenTexts(report: Report, summaries: Map<string, SummaryFile>, glossary: GlossaryEntry[]): string[] {
  const sectionTexts = (section: Section) => {
    const summary = summaries.get(section.id)!.zh;
    return [
      section.heading ?? section.part?.heading ?? zhMessages.Report.introduction,
      summary.headline,
      ...summary.points,
      ...summary.numbers.map((n) => `${n.value}${n.unit}${n.meaning}`),
      ...section.paragraphs.map((p) => p.text),
    ];
  };
  return [
    ...new Set([
      ...report.parts.map((part) => part.heading),
      ...report.sections.flatMap(sectionTexts),
      report.closing.date.text,
      report.closing.disclosure,
      ...glossary.map((entry) => entry.zh),
    ]),
  ];
}
