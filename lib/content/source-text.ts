import fs from 'node:fs';
import path from 'node:path';
import type { Block, ParagraphBlock } from './schema';

/** The first document's folder: the curated 津南 2024 report the fidelity tests check. */
export const JINNAN_DIR = path.join(process.cwd(), 'content/documents/jinnan-fazhi-2024');

/**
 * The page as saved from the district government's site, kept byte for byte in the document's folder so the
 * fidelity tests run on any clone; SHARED_SOURCE_FILE is the team's copy it must stay identical to.
 */
export const SOURCE_FILE = path.join(JINNAN_DIR, 'source.txt');
export const SHARED_SOURCE_FILE = path.resolve(process.cwd(), '../shared/source/jinnan-2024-report.txt');

/** The report as published, without the site's chrome: its first line and its last five lines. */
export function readSourceBody(file = SOURCE_FILE): string[] {
  const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
  return lines
    .slice(1, -5)
    .map((line) => line.trim())
    .filter(Boolean);
}

export const withoutWhitespace = (text: string) => text.replace(/\s+/g, '');

/** The paragraphs of a section of the first document, which holds no lists or tables (its tests read them as such). */
export function paragraphsOf(section: { blocks: Block[] }): ParagraphBlock[] {
  const paragraphs = section.blocks.filter((block): block is ParagraphBlock => block.kind === 'paragraph');
  if (paragraphs.length !== section.blocks.length) throw new Error('this section holds more than paragraphs');
  return paragraphs;
}
