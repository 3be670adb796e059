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

/**
 * 繁體 for the /zh-Hant pages, converted at build: the editors' fixes from content/traditional.yaml
 * first, then OpenCC (simplified → Taiwan standard characters). Every conversion must keep the text's
 * length, so that offsets into the original (editor's notes, read-aloud sentences) hold in the 繁體 text;
 * a text that would not fails the build, naming it.
 */
export function traditionalConverter(contentRoot = path.join(process.cwd(), 'content')): ToTraditional {
  // The interface messages and the report both ask for it; OpenCC's dictionaries are built once.
  let converter = converters.get(contentRoot);
  if (!converter) converters.set(contentRoot, (converter = buildConverter(contentRoot)));
  return converter;
}

const converters = new Map<string, ToTraditional>();

function buildConverter(contentRoot: string): ToTraditional {
  const overrides = readYaml(contentRoot, FILE, overridesSchema);
  const fixes = OpenCC.CustomConverter(overrides.map((entry) => [entry.simplified, entry.traditional]));
  const opencc = OpenCC.Converter({ from: 'cn', to: 'tw' });
  return (text) => {
    const converted = opencc(fixes(text));
    if (converted.length !== text.length) {
      throw new ContentError(path.join('content', FILE), [
        `「${text.slice(0, 40)}」 changes length in 繁體 (「${converted.slice(0, 40)}」); add a fix for the phrase`,
      ]);
    }
    return converted;
  };
}
