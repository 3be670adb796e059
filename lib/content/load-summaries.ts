import fs from 'node:fs';
import path from 'node:path';
import { ContentError } from './content-error';
import type { Report, Section } from './load-report';
import { numbersIn } from './numbers';
import { readYaml } from './read-yaml';
import { summaryFileSchema, type SummaryFile } from './schema';

const DIR = 'summaries';

/** Every number in a summary, in either language, must stand in that section's original text. */
export function unfaithfulNumbers(summary: SummaryFile, section: Section): string[] {
  const original = new Set(
    [section.heading ?? '', ...section.paragraphs.map((p) => p.text)].flatMap(numbersIn),
  );
  const written = (['zh', 'en'] as const).flatMap((lang) => {
    const s = summary[lang];
    return [s.headline, ...s.points, ...s.numbers.flatMap((n) => [n.value, n.meaning])].flatMap((text) =>
      numbersIn(text).map((number) => ({ lang, number, text })),
    );
  });
  return written
    .filter(({ number }) => !original.has(number))
    .map(({ lang, number, text }) => `${lang}: ${number} in 「${text}」`);
}

/** One plain-language summary per section, checked against the report; a mistake names the file. */
export function loadSummaries(report: Report, contentRoot = path.join(process.cwd(), 'content')) {
  const names = new Set(fs.readdirSync(path.join(contentRoot, DIR)).filter((n) => n.endsWith('.yaml')));
  const summaries = new Map<string, SummaryFile>();
  for (const section of report.sections) {
    const file = `${DIR}/${section.id}.yaml`;
    if (!names.delete(`${section.id}.yaml`)) {
      throw new ContentError(path.join('content', file), [`section "${section.id}" has no summary file`]);
    }
    const summary = readYaml(contentRoot, file, summaryFileSchema);
    const problems = [
      ...(summary.section === section.id ? [] : [`section: "${summary.section}" does not match the file name`]),
      ...unfaithfulNumbers(summary, section).map((n) => `number not in the section's original text — ${n}`),
    ];
    if (problems.length) throw new ContentError(path.join('content', file), problems);
    summaries.set(section.id, summary);
  }
  if (names.size) {
    throw new ContentError(path.join('content', DIR), [...names].map((n) => `${n} matches no section of the report`));
  }
  return summaries;
}
