import fs from 'node:fs';
import path from 'node:path';
import { decodeText } from './decode';
import { docxText } from './docx';
import { ImportError } from './import-error';
import { toLines } from './lines';
import { analyse, type Analysis } from './structure';
import { writeImport, type WriteResult } from './write';

export type ImportOptions = { file: string; slug: string; contentRoot: string; force: boolean; now?: Date };
export type ImportResult = Analysis & {
  file: string;
  encoding: string;
  /** How the source is counted: Word paragraphs number the lines of a .docx. */
  unit: 'line' | 'paragraph';
  lineCount: number;
  written: WriteResult;
};

/** Reads a .txt or .docx, finds its structure and writes content/documents/<slug>/; nothing is written on failure. */
export async function importFile({ file, slug, contentRoot, force, now = new Date() }: ImportOptions): Promise<ImportResult> {
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.txt' && ext !== '.docx') {
    throw new ImportError(`cannot import "${path.basename(file)}": give a .txt or a .docx file`);
  }
  const bytes = readBytes(file);
  const { text, encoding } = ext === '.docx' ? { text: await docxText(bytes), encoding: 'Word .docx' } : decodeText(bytes);
  const lines = toLines(text);
  if (!lines.length) throw new ImportError('the file holds no text');
  const analysis = analyse(lines);
  const written = writeImport({
    contentRoot,
    slug,
    document: analysis.document,
    source: { bytes, ext, name: path.basename(file), encoding },
    force,
    now,
  });
  const lineCount = text.replace(/(?:\r\n|\r|\n)$/, '').split(/\r\n|\r|\n/).length;
  const unit = ext === '.docx' ? 'paragraph' : 'line';
  return { ...analysis, document: written.document, file, encoding, unit, lineCount, written };
}

function readBytes(file: string): Uint8Array {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new ImportError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
