import fs from 'node:fs';
import path from 'node:path';
import { ContentError } from './content/content-error';
import { glossaryInTraditional, reportInTraditional, summariesInTraditional } from './content/in-traditional';
import { loadDocument, type LoadedDocument } from './content/load-document';
import type { Report } from './content/load-report';
import { slug as slugSchema, type GlossaryEntry, type SummaryFile } from './content/schema';
import { traditionalConverter } from './content/traditional';
import { routing, type Locale } from './i18n/routing';

/**
 * The library: every document folder under each content root's documents/. Loaded on the server only, once per
 * build process, and handed to pages as data from the route down. READER_CONTENT lists the roots (comma-separated,
 * default `content`); the end-to-end build adds the test documents' root to it, the production build never does.
 */
export function contentRoots(): string[] {
  return (process.env.READER_CONTENT ?? 'content')
    .split(',')
    .map((root) => root.trim())
    .filter(Boolean)
    .map((root) => path.resolve(root));
}

// Words that are pages of their own at /<locale>/<word>, or were before the library (and now redirect).
const RESERVED = new Set(['large', 'help', 'search', 'offline', 'section', 'report', 'glossary', 'whole', ...routing.locales]);

/** Every document under the roots, newest first; a folder with a bad or taken name fails the build, naming it. */
export function loadLibrary(roots: string[] = contentRoots()): LoadedDocument[] {
  const documents = roots.flatMap((root) => {
    const dir = path.join(root, 'documents');
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => {
        const folder = path.join(dir, entry.name);
        const problem = !slugSchema.safeParse(entry.name).success
          ? 'the folder name is the URL: lowercase letters and digits joined by hyphens'
          : RESERVED.has(entry.name)
            ? `"${entry.name}" is a page of the site; choose another folder name`
            : null;
        if (problem) throw new ContentError(folder, [problem]);
        return loadDocument(folder);
      });
  });
  const seen = new Map<string, string>();
  for (const document of documents) {
    const other = seen.get(document.slug);
    if (other) throw new ContentError(document.dir, [`the name "${document.slug}" is also used by ${path.relative(process.cwd(), other)}`]);
    seen.set(document.slug, document.dir);
  }
  // Undated documents (the editor has still to add the date) come last.
  return documents.sort((a, b) => (b.report.published ?? '').localeCompare(a.report.published ?? '') || a.slug.localeCompare(b.slug));
}

let library: LoadedDocument[] | undefined;

/** The library of this build, newest first. */
export function documents(): LoadedDocument[] {
  library ??= loadLibrary();
  return library;
}

export function findDocument(slug: string): LoadedDocument | undefined {
  return documents().find((document) => document.slug === slug);
}

/** A document in one script: the original (简体), or the 繁體 edition built from it. */
export type Edition = {
  slug: string;
  lang: 'zh-CN' | 'zh-Hant';
  report: Report;
  /** The summaries shown, by section id; a section without one is shown in its original alone. */
  summaries: Map<string, SummaryFile>;
  glossary: GlossaryEntry[];
};

const traditionalEditions = new Map<string, Edition>();

/** The edition a page in this interface language shows; the English interface shows the original. */
export function editionOf(document: LoadedDocument, locale: Locale): Edition {
  const { slug, report, summaries, glossary } = document;
  if (locale !== 'zh-Hant') return { slug, lang: 'zh-CN', report, summaries: summaries.shown, glossary };
  let edition = traditionalEditions.get(slug);
  if (!edition) {
    const convert = traditionalConverter(document.dir);
    edition = {
      slug,
      lang: 'zh-Hant',
      report: reportInTraditional(report, convert),
      summaries: summariesInTraditional(summaries.shown, convert),
      glossary: glossaryInTraditional(glossary, convert),
    };
    traditionalEditions.set(slug, edition);
  }
  return edition;
}

/** The section before and after, in reading order, for 上一节 / 下一节 (and 连读, which stops at the end). */
export function neighbours(report: Report, id: string) {
  const index = report.sections.findIndex((section) => section.id === id);
  return { previous: report.sections[index - 1], next: report.sections[index + 1], position: index + 1 };
}
