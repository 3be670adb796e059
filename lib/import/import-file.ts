import { refuseControlCharacters } from './control-characters';
import { ImportError } from './import-error';
import { readSource } from './read-source';
import { recordYaml } from './record';
import { analyse, type Analysis } from './structure';
import { writeImport, type WriteResult } from './write';

export type ImportOptions = { file: string; slug: string; contentRoot: string; force: boolean; now?: Date };
export type ImportResult = Analysis & {
  /** The file or the page's address, as given. */
  file: string;
  /** How it was read: 「GB18030 text」, 「Word .docx」, 「web page (GBK)」, 「PDF, 3 pages」. */
  format: string;
  /** What the report's numbers count: lines, Word paragraphs, elements, lines of the PDF. */
  unit: string;
  count: number;
  written: WriteResult;
};

/**
 * Reads a .txt, .docx, .html or .pdf file, or a page's address, finds its structure and writes
 * content/documents/<slug>/ with import.yaml beside it; nothing is written on failure.
 */
export async function importFile({ file, slug, contentRoot, force, now = new Date() }: ImportOptions): Promise<ImportResult> {
  const { source, bytes, name, ext } = await readSource(file);
  if (!source.blocks.length) throw new ImportError('the file holds no text');
  refuseControlCharacters(source);
  const analysis = analyse(source);
  const written = writeImport({
    contentRoot,
    slug,
    document: analysis.document,
    record: (document) => recordYaml({ ...analysis, document, file: name, format: source.format, unit: source.unit, when: now }),
    source: { bytes, ext, name, encoding: source.format },
    force,
    now,
  });
  return { ...analysis, document: written.document, file, format: source.format, unit: source.unit, count: source.count, written };
}
