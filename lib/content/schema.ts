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

export const paragraphSchema = annotatedTextSchema.extend({ id: slug });

export const sectionFileSchema = z.strictObject({
  id: slug,
  heading: text.optional(),
  paragraphs: z.array(paragraphSchema).min(1, 'a section needs at least one paragraph'),
});

export const documentFileSchema = z.strictObject({
  title: z.array(text).min(1),
  issuer: text,
  source: text.optional(),
  published: z.iso.date('must be a date written YYYY-MM-DD'),
  publishedTime: z.string().regex(/^\d{2}:\d{2}$/, 'must be a time written HH:MM').optional(),
  /** The document in one plain sentence, for the library's list. */
  summary: localizedTextSchema.optional(),
  salutation: text.optional(),
  introduction: slug.optional(),
  parts: z
    .array(z.strictObject({ id: slug, heading: text, sections: z.array(slug).min(1) }))
    .min(1),
  attachments: z.array(text).optional(),
  closing: z
    .strictObject({ issuer: text.optional(), date: annotatedTextSchema.optional(), disclosure: text.optional() })
    .optional(),
});

export type EditorNote = z.infer<typeof editorNoteSchema>;
export type AnnotatedText = z.infer<typeof annotatedTextSchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;
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
