import type { Section } from '@/lib/content/load-report';
import type { Edition } from '@/lib/report';
import zhMessages from '@/messages/zh-CN.json';

/**
 * Every Chinese text the reader can read aloud, as the pages show it: headings, summary sentences and
 * number cards, original paragraphs, the closing lines, glossary explanations. The offline audio is
 * generated from this list; e2e tests check the pages ask for nothing outside it. Both editions give
 * their texts in the same order, so the 繁體 list lines up with the original's, item by item.
 */
export function spokenTexts({ report, summaries, glossary }: Pick<Edition, 'report' | 'summaries' | 'glossary'>): string[] {
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
    ...report.parts.map((part) => part.heading),
    ...report.sections.flatMap(sectionTexts),
    report.closing.date.text,
    report.closing.disclosure,
    ...glossary.map((entry) => entry.zh),
  ];
}
