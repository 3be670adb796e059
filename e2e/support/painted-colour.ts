import type { Page } from '@playwright/test';

type Box = { x: number; y: number; width: number; height: number };

/**
 * The colour most pixels of a region of the page are painted in (a line's background, not its glyphs), read
 * from a real screenshot (`clip` in page coordinates), decoded by the browser's own PNG decoder.
 */
export async function paintedBackground(page: Page, clip: Box): Promise<[number, number, number]> {
  const png = await page.screenshot({ clip, fullPage: true, animations: 'disabled', caret: 'hide' });
  return page.evaluate(async (base64) => {
    // From bytes, not a data: URL, which the page's connect-src would refuse.
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const counts = new Map<number, number>();
    for (let i = 0; i < data.length; i += 4) {
      const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const [top] = [...counts].sort((a, b) => b[1] - a[1])[0];
    return [top >> 16, (top >> 8) & 255, top & 255] as [number, number, number];
  }, png.toString('base64'));
}

/** How far apart two colours are, 0 to 441 (Euclidean in RGB). */
export const colourDistance = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
