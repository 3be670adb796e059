import fs from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js/cn2t';
import { z } from 'zod';
import { ContentError } from './content-error';
import { readYaml } from './read-yaml';

const FILE = 'traditional.yaml';

const overridesSchema = z.array(
  z
    .strictObject({ simplified: z.string().min(2), traditional: z.string().min(2), why: z.string().min(1) })
    .refine((entry) => entry.simplified.length === entry.traditional.length, {
      message: 'simplified and traditional must have the same number of characters',
    }),
);

export type ToTraditional = (text: string) => string;

// OpenCC's dictionaries are built once per build; the interface and every document share them.
let opencc: ToTraditional | undefined;
const converters = new Map<string, ToTraditional>();

/**
 * 繁體 for the /zh-Hant pages, converted at build: a document's own fixes from its traditional.yaml first
 * (where `dir` has one), then OpenCC (simplified → Taiwan standard characters). Every conversion must keep
 * the text's length, so that offsets into the original (editor's notes, read-aloud sentences) hold in the
 * 繁體 text; a text that would not fails the build, naming it.
 */
export function traditionalConverter(dir?: string): ToTraditional {
  const key = dir ?? '';
  let converter = converters.get(key);
  if (!converter) converters.set(key, (converter = buildConverter(dir)));
  return converter;
}

function buildConverter(dir: string | undefined): ToTraditional {
  opencc ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  const base = opencc;
  const file = dir && path.join(dir, FILE);
  const overrides = file && fs.existsSync(/*turbopackIgnore: true*/ file) ? readYaml(dir, FILE, overridesSchema) : [];
  const fixes = overrides.length ? OpenCC.CustomConverter(overrides.map((entry) => [entry.simplified, entry.traditional])) : (text: string) => text;
  return (text) => {
    const converted = base(fixes(text));
    if (converted.length !== text.length) {
      throw new ContentError(file || 'messages', [
        `「${text.slice(0, 40)}」 changes length in 繁體 (「${converted.slice(0, 40)}」); add a fix for the phrase to ${FILE}`,
      ]);
    }
    return converted;
  };
}
