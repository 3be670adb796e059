import { readUnits } from '@/lib/content/blocks';
import type { Section } from '@/lib/content/load-report';
import type { Block } from '@/lib/content/schema';
import { layoutTable } from '@/lib/content/table-layout';
import { cellSpeech } from '@/lib/content/table-speech';
import type { Edition } from '@/lib/library';
import zhMessages from '@/messages/zh-CN.json';

/** What a block gives the voice: its read units (lib/content/blocks.ts), and each table cell with its header for 指读. */
function blockSpeech(block: Block): string[] {
  const units = readUnits(block).map((unit) => unit.text);
  if (block.kind !== 'table') return units;
  const layout = layoutTable(block.table);
  return [...units, ...layout.rows.flatMap((cells, r) => cells.map((spot) => cellSpeech(layout, r, spot.column)))].filter(Boolean);
}

/**
 * Every Chinese text the reader can read aloud from one document, as its pages show it: headings, summary
 * sentences and number cards, the original's blocks, the salutation, attachments, closing and 版记 lines, glossary
 * explanations. The offline audio is generated from this list. Both editions give their texts in the same
 * order, so the 繁體 list lines up with the original's, item by item.
 */
export function spokenTexts({ report, summaries, glossary }: Pick<Edition, 'report' | 'summaries' | 'glossary'>): string[] {
  const sectionTexts = (section: Section) => {
    const summary = summaries.get(section.id)?.zh;
    return [
      section.heading ?? section.part?.heading ?? section.title ?? zhMessages.Report.introduction,
      ...(summary
        ? [summary.headline, ...summary.points, ...summary.numbers.map((n) => `${n.value}${n.unit}${n.meaning}`)]
        : []),
      ...section.blocks.flatMap(blockSpeech),
    ];
  };
  const { closing } = report;
  return [
    ...report.parts.flatMap((part) => part.heading ?? []),
    ...(report.salutation ? [report.salutation] : []),
    ...report.sections.flatMap(sectionTexts),
    ...(report.attachments ?? []),
    ...[closing?.issuer, closing?.date?.text, closing?.disclosure, ...(closing?.remarks ?? [])].filter((text): text is string => !!text),
    ...(report.imprint ?? []),
    ...glossary.map((entry) => entry.zh),
  ];
}
