import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A run of text: its words, size in points, page, and height on the page (PDF's y grows upwards). */
export type PdfText = { text: string; size: number; page: number; y: number };

/**
 * Chromium's PDFs map some hanzi to their look-alike radicals (⼒ U+2F12 for 力); read them as the hanzi. Only that
 * block is normalised: full-width punctuation is part of what is checked.
 */
const ideographs = (text: string) => text.replace(/[\u2e80-\u2fdf]/g, (char) => char.normalize('NFKC'));

/** Every run of text in a PDF with its size in points (the scale of its text matrix), read with PDF.js. */
export async function pdfText(data: Buffer): Promise<PdfText[]> {
  const pdf = await getDocument({ data: new Uint8Array(data), useSystemFonts: false }).promise;
  const runs: PdfText[] = [];
  for (let page = 1; page <= pdf.numPages; page++) {
    const content = await (await pdf.getPage(page)).getTextContent();
    for (const item of content.items) {
      if ('str' in item && item.str.trim()) runs.push({ text: ideographs(item.str), size: Math.hypot(item.transform[0], item.transform[1]), page, y: item.transform[5] });
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
