import { z } from 'zod';

// Ids appear in URLs and anchors, so they are kept to readable ASCII slugs.
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters and digits joined by hyphens');

const text = z.string().trim().min(1, 'must not be empty');

export const localizedTextSchema = z.strictObject({ zh: text, en: text });

export const editorNoteSchema = z.strictObject({
  quote: text,
  note: localizedTextSchema,
});

export const annotatedTextSchema = z.strictObject({
  text,
  notes: z.array(editorNoteSchema).optional(),
});

/** A bold run-in lead (「（一）免交租金。」经认定的……): the exact characters the text starts with, shown bold. */
const lead = text.optional();

export const paragraphSchema = annotatedTextSchema.extend({ id: slug, lead });

const listItemSchema = annotatedTextSchema.extend({
  /** The number or bullet as printed (「1.」, 「（一）」, 「步骤1：」); absent where the list shows none. */
  marker: text.optional(),
  lead,
});

const span = z.number().int().min(2, 'must be 2 or more (leave it out for one)').optional();

/**
 * A table cell: plain text (`- 20元`), or an object where it carries notes or spans more than one column or row.
 * A cell may be empty, as printed. Numbers must be quoted ("20"), so that 20.50 stays 20.50.
 */
const cellObjectSchema = z.strictObject({ text: z.string().trim(), notes: z.array(editorNoteSchema).optional(), colspan: span, rowspan: span });
const cellSchema = z.union(
  [z.string().transform((cellText): z.infer<typeof cellObjectSchema> => ({ text: cellText.trim() })), cellObjectSchema],
  { error: 'a cell must be text, or an object with text (write numbers in quotes, e.g. "20")' },
);

const rowSchema = z.array(cellSchema).min(1, 'a row needs at least one cell');

export const tableSchema = z.strictObject({
  caption: text.optional(),
  /** The header rows, as printed (one, or two where headers are grouped). */
  head: z.array(rowSchema).default([]),
  rows: z.array(rowSchema).min(1, 'a table needs at least one row'),
  /** The first column names each row (年龄段: 60周岁至64周岁): it is read before the row's other cells. */
  rowHeaders: z.boolean().optional(),
});

/**
 * A block of a section's text, in reading order: a paragraph (`text`), a list (`list`) or a table (`table`). Which
 * one it is follows from the key it carries, so an editor never writes a type; `kind` is added for the code.
 */
const blockKind = (raw: unknown) =>
  raw && typeof raw === 'object' && !Array.isArray(raw)
    ? { ...raw, kind: 'table' in raw ? 'table' : 'list' in raw ? 'list' : 'paragraph' }
    : raw;

export const blockSchema = z.preprocess(
  blockKind,
  z.discriminatedUnion('kind', [
    paragraphSchema.extend({ kind: z.literal('paragraph') }),
    z.strictObject({
      kind: z.literal('list'),
      id: slug,
      list: z.strictObject({
        /** Numbered (<ol>) or bulleted (<ul>); the numbers shown are the items' own markers. */
        ordered: z.boolean(),
        items: z.array(listItemSchema).min(1, 'a list needs at least one item'),
      }),
    }),
    z.strictObject({ kind: z.literal('table'), id: slug, table: tableSchema }),
  ]),
);

// Section files written before sections held tables and lists call their blocks `paragraphs`: read them the same.
const olderSectionFile = (raw: unknown) => {
  if (!raw || typeof raw !== 'object' || !('paragraphs' in raw) || 'blocks' in raw) return raw;
  const { paragraphs, ...rest } = raw as Record<string, unknown>;
  return { ...rest, blocks: paragraphs };
};

export const sectionFileSchema = z.preprocess(
  olderSectionFile,
  z.strictObject({
    id: slug,
    /** As printed; absent where the part heading is the section's own, or the document prints none. */
    heading: text.optional(),
    /** A name for the contents where nothing is printed (「第一条至第十条」): shown, never read as the original. */
    title: text.optional(),
    blocks: z.array(blockSchema).min(1, 'a section needs at least one block'),
  }),
);

export const documentFileSchema = z.strictObject({
  title: z.array(text).min(1),
  /** 发文字号 as printed (「某民发〔2025〕18号」), shown on the cover beside the issuer and date. */
  documentNumber: text.optional(),
  issuer: text.optional(),
  source: text.optional(),
  published: z.iso.date('must be a date written YYYY-MM-DD').optional(),
  publishedTime: z.string().regex(/^\d{2}:\d{2}$/, 'must be a time written HH:MM').optional(),
  /** The document in one plain sentence, for the library's list. */
  summary: localizedTextSchema.optional(),
  salutation: text.optional(),
  introduction: slug.optional(),
  parts: z
    .array(
      z.strictObject({
        id: slug,
        /** Absent for a run of sections the document does not head (a long text cut into parts to listen to). */
        heading: text.optional(),
        sections: z.array(slug).min(1),
      }),
    )
    .default([]),
  attachments: z.array(text).optional(),
  closing: z
    .strictObject({
      issuer: text.optional(),
      date: annotatedTextSchema.optional(),
      disclosure: text.optional(),
      /** Other 附注 under the date, as printed: 「（联系人：张三，联系电话：12345678）」. */
      remarks: z.array(text).optional(),
    })
    .optional(),
  /** 版记, the record at the foot of a 公文: 「抄送：…」, 「××办公室 2025年9月10日印发」, as printed. */
  imprint: z.array(text).optional(),
});

export type EditorNote = z.infer<typeof editorNoteSchema>;
export type AnnotatedText = z.infer<typeof annotatedTextSchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;
export type Block = z.infer<typeof blockSchema>;
export type ParagraphBlock = Extract<Block, { kind: 'paragraph' }>;
export type ListBlock = Extract<Block, { kind: 'list' }>;
export type TableBlock = Extract<Block, { kind: 'table' }>;
export type ListItem = ListBlock['list']['items'][number];
export type Table = TableBlock['table'];
export type TableCell = Table['rows'][number][number];
export type SectionFile = z.infer<typeof sectionFileSchema>;
export type DocumentFile = z.infer<typeof documentFileSchema>;

const keyNumberSchema = z.strictObject({
  value: z.string().regex(/^\d+(?:\.\d+)?%?$/, 'must be a number as printed, e.g. "686" or "28.05%"'),
  unit: z.string(),
  meaning: text,
});

const plainSummarySchema = z.strictObject({
  headline: text,
  points: z.array(text).min(3, 'needs 3 to 6 points').max(6, 'needs 3 to 6 points'),
  numbers: z.array(keyNumberSchema).max(3, 'at most 3 key numbers'),
});

export const summaryFileSchema = z.strictObject({
  section: slug,
  /** Set when the section's original text changed after the summary was written: it is not shown until checked. */
  review: text.optional(),
  zh: plainSummarySchema,
  en: plainSummarySchema,
});

export const glossaryFileSchema = z.array(z.strictObject({ term: text, zh: text, en: text }));

export type KeyNumber = z.infer<typeof keyNumberSchema>;
export type PlainSummary = z.infer<typeof plainSummarySchema>;
export type SummaryFile = z.infer<typeof summaryFileSchema>;
export type GlossaryEntry = z.infer<typeof glossaryFileSchema>[number];
