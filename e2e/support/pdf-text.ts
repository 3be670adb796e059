import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
// Chromium prints some hanzi as their look-alike radicals (⻅ for 见): read them as the importer does.
import { withHanziForRadicals } from '../../lib/import/formats/radical-lookalikes';

/** A run of text: its words, size in points, page, and place on the page (PDF's y grows upwards). */
export type PdfText = { text: string; size: number; page: number; x: number; y: number; width: number };


/** Every run of text in a PDF with its size in points (the scale of its text matrix), read with PDF.js. */
export async function pdfText(data: Buffer): Promise<PdfText[]> {
  const pdf = await getDocument({ data: new Uint8Array(data), useSystemFonts: false }).promise;
  const runs: PdfText[] = [];
  for (let page = 1; page <= pdf.numPages; page++) {
    const content = await (await pdf.getPage(page)).getTextContent();
    for (const item of content.items) {
      if ('str' in item && item.str.trim()) runs.push({ text: withHanziForRadicals(item.str), size: Math.hypot(item.transform[0], item.transform[1]), page, x: item.transform[4], y: item.transform[5], width: item.width });
    }
  }
  return runs;
}

/** The last line of each page: the runs lowest on it, joined. */
export function lastLines(runs: PdfText[]): string[] {
  const pages = Math.max(...runs.map((run) => run.page));
  return Array.from({ length: pages }, (_, index) => {
    const onPage = runs.filter((run) => run.page === index + 1);
    const lowest = Math.min(...onPage.map((run) => run.y));
    return onPage.filter((run) => Math.abs(run.y - lowest) < 1).map((run) => run.text).join('').replace(/\s+/g, '');
  });
}

/** The size of the text where `phrase` begins, the runs read in order (Chromium may write a line glyph by glyph). */
export function sizeAt(runs: PdfText[], phrase: string): number {
  let text = '';
  const owner: PdfText[] = [];
  for (const run of runs) {
    for (const char of run.text.replace(/\s+/g, '')) {
      text += char;
      owner.push(run);
    }
  }
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`「${phrase}」 is not in the PDF`);
  return owner[at].size;
}

/**
 * Each printed line as its text, by page, the runs on one baseline joined left to right (Chromium writes glyph by
 * glyph), and cut into `chunks` where a gap wider than a character stands between them: a table row's cells.
 */
export function printedLines(runs: PdfText[]): { page: number; text: string; chunks: string[] }[] {
  const lines = new Map<string, PdfText[]>();
  for (const run of runs) {
    const key = `${run.page}:${Math.round(run.y)}`;
    lines.set(key, [...(lines.get(key) ?? []), run]);
  }
  return [...lines.values()].map((line) => {
    const sorted = line.sort((a, b) => a.x - b.x);
    const chunks: string[] = [''];
    sorted.forEach((run, i) => {
      const before = sorted[i - 1];
      if (before && run.x - (before.x + before.width) > run.size) chunks.push('');
      chunks[chunks.length - 1] += run.text;
    });
    const squash = (text: string) => text.replace(/\s+/g, '');
    return { page: line[0].page, text: squash(chunks.join('')), chunks: chunks.map(squash).filter(Boolean) };
  });
}
