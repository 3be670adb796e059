import fs from 'node:fs';
import path from 'node:path';

/** Where the published text was saved from the district government's site (outside this repository). */
export const SOURCE_FILE = path.resolve(process.cwd(), '../shared/source/jinnan-2024-report.txt');

/** The report as published, without the site's chrome: its first line and its last five lines. */
export function readSourceBody(file = SOURCE_FILE): string[] {
  const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
  return lines
    .slice(1, -5)
    .map((line) => line.trim())
    .filter(Boolean);
}

export const withoutWhitespace = (text: string) => text.replace(/\s+/g, '');
