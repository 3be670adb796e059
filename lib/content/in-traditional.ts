import type { Part, Report, Section } from './load-report';
import type { AnnotatedText, Block, GlossaryEntry, SummaryFile } from './schema';
import type { ToTraditional } from './traditional';

/**
 * The 繁體 edition of the content: every Chinese text converted, every id, number and English text kept.
 * An editor's note keeps its place: its quote is cut from the converted paragraph at the original's
 * offset, so it still matches even where OpenCC converts a phrase differently in context.
 */
export function reportInTraditional(report: Report, convert: ToTraditional): Report {
  const annotated = <T extends AnnotatedText>(value: T): T => {
    const text = convert(value.text);
    return {
      ...value,
      text,
      notes: value.notes?.map((note) => {
        const at = value.text.indexOf(note.quote);
        return { quote: text.slice(at, at + note.quote.length), note: { ...note.note, zh: convert(note.note.zh) } };
      }),
    };
  };
  const optional = (text: string | undefined) => text && convert(text);
  // A lead is the start of its text, so it is cut from the converted text rather than converted apart.
  const led = <T extends AnnotatedText & { lead?: string }>(value: T): T => {
    const converted = annotated(value);
    return value.lead ? { ...converted, lead: converted.text.slice(0, value.lead.length) } : converted;
  };
  const block = (value: Block): Block => {
    switch (value.kind) {
      case 'paragraph':
        return led(value);
      case 'list':
        return { ...value, list: { ...value.list, items: value.list.items.map((item) => ({ ...led(item), marker: optional(item.marker) })) } };
      case 'table': {
        const { table } = value;
        const row = (cells: typeof table.rows[number]) => cells.map(annotated);
        return { ...value, table: { ...table, caption: optional(table.caption), head: table.head.map(row), rows: table.rows.map(row) } };
      }
    }
  };
  const section = (value: Section): Section => ({
    id: value.id,
    heading: optional(value.heading),
    title: optional(value.title),
    part: value.part && { id: value.part.id, heading: optional(value.part.heading) },
    blocks: value.blocks.map(block),
  });
  // Sections are shared by identity between `introduction`, `parts` and `sections`; keep it so.
  const sections = new Map(report.sections.map((s) => [s.id, section(s)]));
  const parts: Part[] = report.parts.map((p) => ({
    id: p.id,
    heading: optional(p.heading),
    sections: p.sections.map((s) => sections.get(s.id)!),
  }));
  const { closing } = report;
  return {
    ...report,
    title: report.title.map(convert),
    documentNumber: optional(report.documentNumber),
    issuer: optional(report.issuer),
    source: optional(report.source),
    summary: report.summary && { ...report.summary, zh: convert(report.summary.zh) },
    salutation: optional(report.salutation),
    attachments: report.attachments?.map(convert),
    closing: closing && {
      issuer: optional(closing.issuer),
      date: closing.date && annotated(closing.date),
      disclosure: optional(closing.disclosure),
      remarks: closing.remarks?.map(convert),
    },
    imprint: report.imprint?.map(convert),
    introduction: report.introduction && sections.get(report.introduction.id)!,
    parts,
    sections: report.sections.map((s) => sections.get(s.id)!),
  };
}

export function summariesInTraditional(summaries: Map<string, SummaryFile>, convert: ToTraditional) {
  return new Map(
    [...summaries].map(([id, { zh, ...rest }]) => [
      id,
      {
        ...rest,
        zh: {
          headline: convert(zh.headline),
          points: zh.points.map(convert),
          numbers: zh.numbers.map((n) => ({ value: n.value, unit: convert(n.unit), meaning: convert(n.meaning) })),
        },
      },
    ]),
  );
}

export function glossaryInTraditional(glossary: GlossaryEntry[], convert: ToTraditional): GlossaryEntry[] {
  return glossary.map((entry) => ({ ...entry, term: convert(entry.term), zh: convert(entry.zh) }));
}
