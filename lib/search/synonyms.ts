import path from 'node:path';
import { z } from 'zod';
import { readYaml } from '@/lib/content/read-yaml';

const text = z.string().trim().min(1, 'must not be empty');

const synonymsSchema = z.array(
  z.strictObject({
    words: z.array(text).min(1, 'needs at least one everyday word'),
    means: z.array(text).min(1, 'needs at least one official word'),
  }),
);

export type Synonyms = z.infer<typeof synonymsSchema>;

/** content/synonyms.yaml: everyday words and the official ones they stand for, checked like any content file. */
export function loadSynonyms(contentRoot = path.join(process.cwd(), 'content')): Synonyms {
  return readYaml(contentRoot, 'synonyms.yaml', synonymsSchema);
}
