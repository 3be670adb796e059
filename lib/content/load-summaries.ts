import fs from 'node:fs';
import path from 'node:path';
import { sectionTexts } from './blocks';
import { ContentError } from './content-error';
import type { Report, Section } from './load-report';
import { numbersIn } from './numbers';
import { readYaml } from './read-yaml';
import { summaryFileSchema, type SummaryFile } from './schema';

const DIR = 'summaries';

/** Every number written in `texts` that does not stand in `original`. */
export function numbersNotIn(original: string[], texts: string[]): string[] {
  const known = new Set(original.flatMap(numbersIn));
  return texts.flatMap((text) => numbersIn(text).filter((number) => !known.has(number)).map((number) => `${number} in 「${text}」`));
}

/** Every number in a summary, in either language, must stand in that section's original text (its tables and lists too). */
export function unfaithfulNumbers(summary: SummaryFile, section: Section): string[] {
  const original = sectionTexts(section);
  return (['zh', 'en'] as const).flatMap((lang) => {
    const s = summary[lang];
    const texts = [s.headline, ...s.points, ...s.numbers.flatMap((n) => [n.value, n.meaning])];
    return numbersNotIn(original, texts).map((found) => `${lang}: ${found}`);
  });
}

export type Summaries = {
  /** The summaries shown, by section id. A section without one is read in its original alone. */
  shown: Map<string, SummaryFile>;
  /** Summaries set aside because the original changed after they were written (their `review` line). */
  flagged: Map<string, string>;
};

/**
 * The plain-language summaries of one document, checked against its text. A document may have none, or some:
 * a section without a summary is a normal section. A mistake names the file.
 */
export function loadSummaries(report: Report, dir: string): Summaries {
  const shown = new Map<string, SummaryFile>();
  const flagged = new Map<string, string>();
  if (!fs.existsSync(path.join(dir, DIR))) return { shown, flagged };
  const sections = new Map(report.sections.map((section) => [section.id, section]));
  for (const name of fs.readdirSync(path.join(dir, DIR)).filter((n) => n.endsWith('.yaml')).sort()) {
    const file = `${DIR}/${name}`;
    const id = name.replace(/\.yaml$/, '');
    const summary = readYaml(dir, file, summaryFileSchema);
    const section = sections.get(id);
    // Set aside for review (the original changed or went away): not shown, so not held to the text yet.
    if (summary.review) {
      flagged.set(id, summary.review);
      continue;
    }
    if (!section) throw new ContentError(path.join(dir, file), [`matches no section of the document (no sections/${name})`]);
    const problems = [
      ...(summary.section === id ? [] : [`section: "${summary.section}" does not match the file name`]),
      ...unfaithfulNumbers(summary, section).map((n) => `number not in the section's original text — ${n}`),
    ];
    if (problems.length) throw new ContentError(path.join(dir, file), problems);
    shown.set(id, summary);
  }
  return { shown, flagged };
}
