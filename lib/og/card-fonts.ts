import fs from 'node:fs';
import path from 'node:path';

/**
 * Noto Sans SC for the link card, from @fontsource/noto-sans-sc: the font is split into ~100 files by character
 * range, so a card loads only the files its own text needs (Satori reads WOFF, not WOFF2).
 */
const DIR = path.join(process.cwd(), 'node_modules/@fontsource/noto-sans-sc');

type Slice = { file: string; ranges: [number, number][] };
type Weight = 400 | 700;

const slices = new Map<Weight, Slice[]>();

function slicesOf(weight: Weight): Slice[] {
  let list = slices.get(weight);
  if (!list) {
    const css = fs.readFileSync(path.join(DIR, `${weight}.css`), 'utf8');
    list = [...css.matchAll(/url\(\.\/files\/([^)]+\.woff)\) format\('woff'\);\s*unicode-range: ([^;]+);/g)].map(([, file, ranges]) => ({
      file,
      ranges: ranges.split(',').map((range) => {
        const [from, to = from] = range.trim().replace(/^U\+/i, '').split('-');
        return [parseInt(from, 16), parseInt(to, 16)] as [number, number];
      }),
    }));
    slices.set(weight, list);
  }
  return list;
}

/**
 * The font files a text needs, in one weight, as Satori takes them. Satori uses one font per family name, so each
 * file is a family of its own and `family` lists them all, for the text to fall back from one to the next.
 */
export function cardFonts(text: string, weight: Weight) {
  const codes = new Set([...text].map((char) => char.codePointAt(0)!));
  const fonts = slicesOf(weight)
    .filter(({ ranges }) => [...codes].some((code) => ranges.some(([from, to]) => code >= from && code <= to)))
    .map(({ file }) => ({ name: file.replace(/\.woff$/, ''), data: fs.readFileSync(path.join(DIR, 'files', file)), weight, style: 'normal' as const }));
  return { fonts, family: fonts.map((font) => font.name).join(', ') };
}
