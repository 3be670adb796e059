import type { BrowserContext } from '@playwright/test';
import { OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const hex = (rgb: ArrayLike<number>) => `#${Array.from(rgb).slice(0, 3).map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/**
 * The colour every run of text is printed in, read from the PDF's content streams (the fill colour in force at each
 * text-showing operator, as PDF.js parses them), not from the page's styles.
 */
export async function pdfTextColours(data: Buffer): Promise<{ page: number; colour: string; text: string }[]> {
  const pdf = await getDocument({ data: new Uint8Array(data), useSystemFonts: false }).promise;
  const runs: { page: number; colour: string; text: string }[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const { fnArray, argsArray } = await (await pdf.getPage(number)).getOperatorList();
    let fill = '#000000';
    const saved: string[] = [];
    fnArray.forEach((fn, i) => {
      if (fn === OPS.save) saved.push(fill);
      else if (fn === OPS.restore) fill = saved.pop() ?? fill;
      else if (fn === OPS.setFillRGBColor) fill = hex(argsArray[i]);
      else if (fn === OPS.showText || fn === OPS.showSpacedText) {
        const text = (argsArray[i][0] as unknown[]).map((glyph) => (glyph && typeof glyph === 'object' && 'unicode' in glyph ? glyph.unicode : '')).join('');
        if (text.trim()) runs.push({ page: number, colour: fill, text });
      }
    });
  }
  return runs;
}

/** How each printed page looks on paper: the share of its pixels left white, and of those printed in colour. */
export type Paper = { page: number; white: number; coloured: number };

/**
 * Each page of a PDF painted by PDF.js in a browser tab of its own (an origin made up for it, outside the reader's
 * policy), and its pixels counted: white (every channel ≥ 240), coloured (channels more than 40 apart: a yellow or
 * blue background, yellow text; black text's anti-aliased edges are grey, not coloured).
 */
export async function printedPaper(context: BrowserContext, data: Buffer): Promise<Paper[]> {
  const tab = await context.newPage();
  const origin = 'http://printed-paper.test';
  await tab.route(`${origin}/**`, (route) => {
    const file = new URL(route.request().url()).pathname;
    if (file === '/document.pdf') return route.fulfill({ contentType: 'application/pdf', body: data });
    if (file === '/pdf.mjs' || file === '/pdf.worker.mjs') return route.fulfill({ contentType: 'text/javascript', path: `node_modules/pdfjs-dist/build${file}` });
    return route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><title>paper</title>' });
  });
  await tab.goto(`${origin}/`);
  const pages = await tab.evaluate(async () => {
    const pdfjs = await import(`${location.origin}/pdf.mjs`);
    pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs';
    const pdf = await pdfjs.getDocument('/document.pdf').promise;
    const counted: { page: number; white: number; coloured: number }[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const canvas = new OffscreenCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const context = canvas.getContext('2d')!;
      await page.render({ canvasContext: context, viewport }).promise;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let white = 0;
      let coloured = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
        if (r >= 240 && g >= 240 && b >= 240) white++;
        else if (Math.max(r, g, b) - Math.min(r, g, b) > 40) coloured++;
      }
      const all = data.length / 4;
      counted.push({ page: number, white: white / all, coloured: coloured / all });
    }
    return counted;
  });
  await tab.close();
  return pages;
}
