import type { Section } from '@/lib/content/load-report';
import type { Edition } from '@/lib/library';
import zhMessages from '@/messages/zh-CN.json';

/**
 * Every Chinese text the reader can read aloud from one document, as its pages show it: headings, summary
 * sentences and number cards, original paragraphs, the salutation, attachments and closing lines, glossary
 * explanations. The offline audio is generated from this list. Both editions give their texts in the same
 * order, so the 繁體 list lines up with the original's, item by item.
 */
export function spokenTexts({ report, summaries, glossary }: Pick<Edition, 'report' | 'summaries' | 'glossary'>): string[] {
  const sectionTexts = (section: Section) => {
    const summary = summaries.get(section.id)?.zh;
    return [
      section.heading ?? section.part?.heading ?? zhMessages.Report.introduction,
      ...(summary
        ? [summary.headline, ...summary.points, ...summary.numbers.map((n) => `${n.value}${n.unit}${n.meaning}`)]
        : []),
      ...section.paragraphs.map((p) => p.text),
    ];
  };
  const { closing } = report;
  return [
    ...report.parts.map((part) => part.heading),
    ...(report.salutation ? [report.salutation] : []),
    ...report.sections.flatMap(sectionTexts),
    ...(report.attachments ?? []),
    ...[closing?.issuer, closing?.date?.text, closing?.disclosure].filter((text): text is string => !!text),
    ...glossary.map((entry) => entry.zh),
  ];
}
