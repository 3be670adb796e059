import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { annotatedTextSchema, sectionFileSchema } from '../content/schema';
import { ImportError } from './import-error';
import type { StoredDocument } from './merge';

// Only what a re-import reads; the cover may carry fields this importer does not know.
const coverSchema = z.looseObject({
  introduction: z.string().optional(),
  parts: z.array(z.looseObject({ heading: z.string().optional(), sections: z.array(z.string()) })).default([]),
  closing: z.looseObject({ date: annotatedTextSchema.optional() }).optional(),
});

/** The sections of a folder written before, as an editor may have changed them. */
export function readStored(dir: string): StoredDocument {
  const cover = read(dir, 'document.yaml', coverSchema);
  const section = (id: string) => read(dir, `sections/${id}.yaml`, sectionFileSchema);
  return {
    ...(cover.introduction && { introduction: section(cover.introduction) }),
    parts: cover.parts.map((part) => ({ heading: part.heading, sections: part.sections.map(section) })),
    closingDate: cover.closing?.date,
  };
}

// Whatever the editor's mistake, a re-import must not guess: it stops and names the file.
function read<T extends z.ZodType>(dir: string, file: string, schema: T): z.infer<T> {
  const where = path.join(dir, file);
  let raw: unknown;
  try {
    raw = parse(fs.readFileSync(where, 'utf8'));
  } catch (error) {
    throw new ImportError(`cannot read the existing ${where}: ${(error as Error).message.split('\n')[0]}`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ImportError(`cannot read the existing ${where}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}
