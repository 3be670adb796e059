import fs from 'node:fs';
import path from 'node:path';
import { readDocx } from './formats/docx';
import { fetchPage } from './formats/fetch-page';
import { readHtml } from './formats/html';
import { readPdf } from './formats/pdf';
import { readText } from './formats/text';
import { ImportError } from './import-error';
import { maxBytes, megabytes } from './limits';
import type { SourceDocument } from './source';


export type ReadSource = { source: SourceDocument; bytes: Uint8Array; name: string; ext: string };

const FRONT_ENDS: Record<string, (bytes: Uint8Array) => SourceDocument | Promise<SourceDocument>> = {
  '.txt': readText,
  '.docx': readDocx,
  '.html': (bytes) => readHtml(bytes),
  '.htm': (bytes) => readHtml(bytes),
  '.pdf': readPdf,
};

/** A file (or a page's address) read by the front end its kind needs, the bytes kept to be stored as they came. */
export async function readSource(input: string): Promise<ReadSource> {
  if (/^https?:\/\//i.test(input)) {
    const page = await fetchPage(input, { maxBytes: maxBytes() });
    const name = decodeURIComponent(new URL(page.url).pathname.split('/').pop() || 'page.html');
    return { source: readHtml(page.bytes, { url: page.url, charset: page.charset }), bytes: page.bytes, name, ext: '.html' };
  }
  const ext = path.extname(input).toLowerCase();
  const frontEnd = FRONT_ENDS[ext];
  if (!frontEnd) throw new ImportError(`cannot import "${path.basename(input)}": give a .txt, .docx, .html or .pdf file, or a page's address (https://…)`);
  const bytes = readBytes(input);
  return { source: await frontEnd(bytes), bytes, name: path.basename(input), ext };
}

function readBytes(file: string): Uint8Array {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (error) {
    throw new ImportError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (size > maxBytes()) throw new ImportError(`the file is ${megabytes(size)}, more than the ${megabytes(maxBytes())} the importer reads (IMPORT_MAX_MB)`);
  return fs.readFileSync(file);
}

