import fs from 'node:fs';
import path from 'node:path';
import { ImportError } from './import-error';
import { flagSummaries, unusedTerms } from './kept-files';
import { merge, type Changes } from './merge';
import { renderDocument } from './render';
import { IMPORT_RECORD } from './record';
import { readStored } from './stored';
import type { ImportedDocument } from './types';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type WriteRequest = {
  contentRoot: string;
  slug: string;
  document: ImportedDocument;
  /** import.yaml for the document as written (the ids a re-import keeps are its own). */
  record: (document: ImportedDocument) => string;
  /** The input file, copied byte for byte as source<ext>. */
  source: { bytes: Uint8Array; ext: string; name: string; encoding: string };
  force: boolean;
  now: Date;
};

export type WriteResult = {
  dir: string;
  /** As written: on a re-import, with the old ids and notes carried over. */
  document: ImportedDocument;
  /** Only on a re-import. */
  changes?: Changes;
  flaggedSummaries: string[];
  /** Glossary terms and 繁體 fixes kept although their words no longer occur in the text. */
  unusedTerms: string[];
};

/**
 * Writes content/documents/<slug>/ whole or not at all: the folder is built beside the old one and swapped in
 * by renaming, so a failure half-way leaves the old folder as it was. On a re-import every file the importer does
 * not write (summaries, glossary.yaml, traditional.yaml …) is carried over.
 */
export function writeImport(request: WriteRequest): WriteResult {
  const { contentRoot, slug, source, force } = request;
  if (!SLUG.test(slug)) throw new ImportError(`the slug "${slug}" must be lowercase letters and digits joined by hyphens`);
  const documents = path.join(contentRoot, 'documents');
  const dir = path.join(documents, slug);
  const exists = fs.existsSync(dir);
  if (exists && !force) throw new ImportError(`${dir} already exists: add --force to import over it`);
  const merged = exists ? merge(readStored(dir), request.document) : undefined;
  const document = merged?.document ?? request.document;

  const stage = path.join(documents, `.${slug}.importing`);
  fs.rmSync(stage, { recursive: true, force: true });
  try {
    if (exists) fs.cpSync(dir, stage, { recursive: true, filter: (file) => !isWritten(path.relative(dir, file)) });
    fs.mkdirSync(path.join(stage, 'sections'), { recursive: true });
    fs.writeFileSync(path.join(stage, `source${source.ext}`), source.bytes);
    const files = renderDocument(document, comment(request, exists));
    // An unchanged section stays the editor's file, comments and all.
    for (const id of merged?.changes.unchanged ?? []) {
      files.set(`sections/${id}.yaml`, fs.readFileSync(path.join(dir, 'sections', `${id}.yaml`), 'utf8'));
    }
    files.set(IMPORT_RECORD, request.record(document));
    for (const [file, text] of files) fs.writeFileSync(path.join(stage, file), text);
    const flaggedSummaries = merged ? flagSummaries(stage, merged.changes) : [];
    const unused = exists ? unusedTerms(stage, document) : [];
    swapIn(stage, dir, exists);
    return { dir, document, changes: merged?.changes, flaggedSummaries, unusedTerms: unused };
  } catch (error) {
    fs.rmSync(stage, { recursive: true, force: true });
    throw error;
  }
}

const isWritten = (relative: string) =>
  relative === 'document.yaml' ||
  relative === IMPORT_RECORD || relative.split(path.sep)[0] === 'sections' || /^source\.[^/\\]+$/.test(relative);

function comment({ source, now }: WriteRequest, again: boolean) {
  const when = now.toISOString().slice(0, 10);
  return [
    ` ${again ? 'Re-imported' : 'Imported'} by \`npm run import\` from ${source.name} (${source.encoding}) on ${when}.`,
    ' Text as published: see content/README.md before editing.',
  ].join('\n');
}

function swapIn(stage: string, dir: string, exists: boolean) {
  if (!exists) return fs.renameSync(stage, dir);
  const previous = `${stage}-previous`;
  fs.rmSync(previous, { recursive: true, force: true });
  fs.renameSync(dir, previous);
  try {
    fs.renameSync(stage, dir);
  } catch (error) {
    fs.renameSync(previous, dir);
    throw error;
  }
  fs.rmSync(previous, { recursive: true, force: true });
}
