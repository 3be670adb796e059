import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { ContentError } from './content-error';

/** Parses one YAML content file against its schema; any problem names the file and the field. */
export function readYaml<T extends z.ZodType>(root: string, file: string, schema: T): z.infer<T> {
  const relative = path.join(root, file);
  let raw: unknown;
  try {
    raw = parse(fs.readFileSync(path.join(root, file), 'utf8'));
  } catch (error) {
    throw new ContentError(relative, [error instanceof Error ? error.message : String(error)]);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    throw new ContentError(
      relative,
      result.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`),
    );
  }
  return result.data;
}
