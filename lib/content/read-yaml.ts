import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { ContentError } from './content-error';

// The longest document an office publishes (60 articles, a 500-row table of standards) is well under 1 MB of
// YAML; a file far larger is a mistake, and parsing it would hold the build for minutes.
const MAX_MB = 5;

/** Why a content file could not be read, in an editor's words. */
function unreadable(error: unknown) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'the file is missing';
  if (code === 'EISDIR') return 'a folder stands where this file should be';
  // The yaml library's messages give the line and column, then a excerpt of the file: the first line is enough.
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

/** Parses one YAML content file against its schema; any problem names the file and the field. */
export function readYaml<T extends z.ZodType>(root: string, file: string, schema: T): z.infer<T> {
  const relative = path.join(root, file);
  let raw: unknown;
  try {
    const { size } = fs.statSync(relative);
    if (size > MAX_MB * 2 ** 20) {
      throw new Error(`the file is ${Math.round(size / 2 ** 20)} MB, more than the ${MAX_MB} MB a content file may be`);
    }
    // Aliases (&a, *a) are for config files, not documents; a few hundred of them nested is a "billion laughs".
    raw = parse(fs.readFileSync(relative, 'utf8'), { maxAliasCount: 100 });
  } catch (error) {
    throw new ContentError(relative, [unreadable(error)]);
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
