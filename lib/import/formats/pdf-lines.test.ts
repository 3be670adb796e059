import { describe, expect, it } from 'vitest';
import { joinText, mostCharacters, pageFurniture, readLines, type PdfItem } from './pdf-lines';

const SIZE = 16;
/** An item as PDF.js gives it; CJK characters are 1 em wide, others half. */
const item = (text: string, x: number, y: number, extra: Partial<PdfItem> = {}): PdfItem => ({
  text,
  x,
  y,
  width: [...text].reduce((sum, char) => sum + (/[\x00-\x7f]/.test(char) ? SIZE / 2 : SIZE), 0),
  size: SIZE,
  bold: false,
  ...extra,
});
/** A line written one glyph per item, as Chromium does. */
const glyphs = (text: string, x: number, y: number, extra: Partial<PdfItem> = {}) => {
  let at = x;
  return [...text].map((char) => {
    const glyph = item(char, at, y, extra);
    at += glyph.width;
    return glyph;
  });
};
const A4 = { width: 595, height: 842 };

describe('readLines', () => {
  it('rebuilds a line written glyph by glyph, in any order, with no spaces between CJK characters', () => {
    const line = glyphs('某市2026年度', 80, 700).reverse();
    expect(readLines([line]).map(({ text, x0 }) => ({ text, x0 }))).toEqual([{ text: '某市2026年度', x0: 80 }]);
  });

  it('puts one space where Latin words meet across a gap, and none where CJK meets a gap', () => {
    const line = [item('App', 80, 700), item('Store', 80 + 24 + 4, 700), item('平台', 148 + 2, 700), item('缴费', 150 + 32 + 3, 700)];
    expect(readLines([line])[0].text).toBe('App Store平台缴费');
  });

  it('drops the spaces PDF.js puts between justified CJK characters, and keeps typed ideographic spaces', () => {
    expect(readLines([[item('基 本 医 疗', 80, 700), item('通\u3000\u3000知', 80, 650)]]).map((line) => line.text)).toEqual([
      '基本医疗',
      '通 知',
    ]);
  });

  it('reads Kangxi radicals as the hanzi they look like, and nothing else', () => {
    expect(readLines([[item('劳动⼒，⾏政（一）', 80, 700)]])[0].text).toBe('劳动力，行政（一）');
  });

  it('groups items by baseline, top line first, numbering lines over all pages', () => {
    const pages = [
      [item('第二行', 80, 672), item('第一行', 80, 700), item('²', 128, 706, { size: 8 })],
      [item('第二页', 80, 700)],
    ];
    expect(readLines(pages).map(({ text, n, page }) => ({ text, n, page }))).toEqual([
      { text: '第一行²', n: 1, page: 1 },
      { text: '第二行', n: 2, page: 1 },
      { text: '第二页', n: 3, page: 2 },
    ]);
  });

  it('splits a line into chunks at gaps wider than a character, as in a table row', () => {
    const [line] = readLines([[item('成年居民', 85, 600), item('每人每年', 235, 600), item('700元', 381, 600)]]);
    expect(line.chunks.map(({ text }) => text)).toEqual(['成年居民', '每人每年', '700元']);
    expect(line.text).toBe('成年居民 每人每年 700元');
  });

  it('starts a line with full-width indent spaces where its ink starts', () => {
    expect(readLines([[item('\u3000\u3000为做好', 80, 700)]])[0]).toMatchObject({ text: '为做好', x0: 80 + 2 * SIZE });
  });

  it('marks a bold line, and the bold run opening a line', () => {
    const lines = readLines([
      [item('一、缴费标准', 112, 700, { bold: true }), item('（一）线上缴费。', 112, 672, { bold: true }), item('参保人员', 240, 672)],
    ]);
    expect(lines.map(({ bold, lead }) => ({ bold, lead }))).toEqual([
      { bold: true, lead: undefined },
      { bold: false, lead: '（一）线上缴费。' },
    ]);
  });
});

describe('readLines: gaps, edges and sizes', () => {
  // At 20 pt a word space is over 3 pt, a chunk gap at least 16 pt and one baseline within 8 pt: exact in binary.
  const at20 = (text: string, x: number, y: number, extra: Partial<PdfItem> = {}) => {
    const piece = item(text, x, y, { size: 20, ...extra });
    return { ...piece, width: (piece.width * 20) / SIZE };
  };

  it('writes a space between Latin items more than 0.15 em apart, none at that gap or for kerning', () => {
    // 「App」 is 30 wide at 20 pt.
    const lines = readLines([[at20('App', 80, 700), at20('Store', 113, 700), at20('App', 80, 600), at20('Store', 114, 600), at20('App', 80, 500), at20('Store', 111, 500)]]);
    expect(lines.map((line) => line.text)).toEqual(['AppStore', 'App Store', 'AppStore']);
  });

  it('starts a new chunk at a gap of 0.8 em, not below it', () => {
    const lines = readLines([[at20('成年', 80, 700), at20('居民', 136, 700), at20('成年', 80, 600), at20('居民', 135, 600)]]);
    expect(lines.map((line) => line.chunks.map((chunk) => chunk.text))).toEqual([['成年', '居民'], ['成年居民']]);
  });

  it('puts items within 0.4 em of a baseline on it, and further ones on a line of their own', () => {
    const lines = readLines([[at20('第一行', 80, 700), at20('注', 140, 692), at20('第二行', 80, 600), at20('注', 140, 591)]]);
    expect(lines.map((line) => line.text)).toEqual(['第一行注', '第二行', '注']);
  });

  it('writes a space after a Latin word that follows Chinese, looking at the word’s last letter', () => {
    expect(readLines([[item('扫码下载App', 80, 700), item('Store', 80 + 88 + 4, 700)]])[0].text).toBe('扫码下载App Store');
  });

  it('makes no line of items that hold only spaces', () => {
    expect(readLines([[item('正文', 80, 700), item('   ', 80, 650), item('\u3000', 80, 600)]]).map((line) => line.text)).toEqual(['正文']);
  });

  it('ends a line where its ink ends: the end of its last item, less trailing spaces, in its last chunk', () => {
    const lines = readLines([
      [item('某市', 80, 700), item('通知', 112, 700), item('为做好\u3000\u3000', 80, 650), item('\u3000\u3000为做好', 80, 600), item('成年居民', 85, 550), item('400元', 235, 550)],
    ]);
    // 「为做好」 and two full-width spaces are 80 wide: the spaces take 32 at either end.
    expect(lines.map(({ x0, x1 }) => [x0, x1])).toEqual([
      [80, 144],
      [80, 128],
      [112, 160],
      [85, 275],
    ]);
  });

  it('takes a line’s size from the characters of its pieces, not the spaces around them', () => {
    const [line] = readLines([[item('第一条', 80, 700), item('注        ', 130, 700, { size: 8 })]]);
    expect(line.size).toBe(16);
  });

  it('sets a line on the baseline of its body-size text, not of a smaller mark before it', () => {
    const [line] = readLines([[item('※', 80, 704, { size: 8 }), item('注释文字', 90, 700)]]);
    expect([line.y, line.size]).toEqual([700, 16]);
  });

  it('takes as lead the bold run that opens a line, not the plain words after it', () => {
    const lines = readLines([
      [
        item('（一）线上缴费。', 112, 700, { bold: true }),
        item('参保人员可通过', 240, 700),
        item('微信缴费。', 352, 700),
        item('Article', 112, 650, { bold: true }),
        item('1.', 112 + 56 + 16, 650, { bold: true }),
        item('Scope of this notice', 112 + 72 + 16 + 4, 650),
      ],
    ]);
    expect(lines.map((line) => line.lead)).toEqual(['（一）线上缴费。', 'Article 1.']);
  });
});

describe('mostCharacters', () => {
  it('gives the value that the most characters have, all its pairs added up, the first on a tie', () => {
    expect(mostCharacters([[8, 5], [16, 3], [16, 4], [12, 1]])).toBe(16);
    expect(mostCharacters([[16, 2], [8, 2]])).toBe(16);
  });
});

describe('joinText', () => {
  it('joins wrapped lines without a space in Chinese and with one between Latin words', () => {
    expect([joinText('基本医疗', '保险'), joinText('国家医保服务平台', 'App'), joinText('App', 'Store'), joinText('扫码下载App', 'Store')]).toEqual([
      '基本医疗保险',
      '国家医保服务平台App',
      'App Store',
      '扫码下载App Store',
    ]);
  });
});

describe('pageFurniture', () => {
  const page = (number: number, foot: PdfItem) => [
    item('某市医疗保障局文件', 250, 780),
    item(`正文第${number}页的第一行`, 80, 740),
    item(`正文第${number}页的最后一行`, 80, 120),
    foot,
  ];
  const HEAD = 'running head: the same line at the same height on 6 of 6 pages';

  it('finds page numbers in the usual forms at a page’s foot, and a running head on most pages', () => {
    const feet = ['— 1 —', '- 2 -', '第3页 共6页', '第 4 页', '5 / 6'].map((text) => item(text, 480, 60));
    const pages = [...feet.map((foot, index) => page(index + 1, foot)), page(6, item('6', 290, 60))];
    const found = pageFurniture(readLines(pages), pages.map(() => A4));
    expect([...found].map(([line, why]) => [line.page, line.text, why])).toEqual([
      [1, '某市医疗保障局文件', HEAD],
      [1, '— 1 —', 'page number'],
      [2, '某市医疗保障局文件', HEAD],
      [2, '- 2 -', 'page number'],
      [3, '某市医疗保障局文件', HEAD],
      [3, '第3页共6页', 'page number'],
      [4, '某市医疗保障局文件', HEAD],
      [4, '第 4 页', 'page number'],
      [5, '某市医疗保障局文件', HEAD],
      [5, '5 / 6', 'page number'],
      [6, '某市医疗保障局文件', HEAD],
      [6, '6', 'page number (a bare number centred at the foot)'],
    ]);
  });

  it('takes a bare number as a page number only centred within 2 em, below the middle of the page', () => {
    // A4 is 595 wide: 「6」 (8 wide) from 325.5 is centred 32 right of the middle.
    const alone = (foot: PdfItem) => [[item('正文', 80, 700), foot]];
    const found = (foot: PdfItem) => [...pageFurniture(readLines(alone(foot)), [A4]).values()];
    expect(found(item('6', 325.5, 60))).toEqual(['page number (a bare number centred at the foot)']);
    expect(found(item('6', 326.5, 60))).toEqual([]);
    expect(found(item('6', 293.5, 421))).toEqual([]);
    expect([...pageFurniture(readLines([[item('6', 293.5, 800), item('正文', 80, 700)]]), [A4]).values()]).toEqual([]);
  });

  it('finds a running foot, and a running head on both pages of two, at heights a point apart', () => {
    const pages = [1, 2].map((number) => [item('某市医疗保障局文件', 250, 781 - number), item(`正文第${number}页`, 80, 700), item('内部资料', 260, 40)]);
    expect([...pageFurniture(readLines(pages), [A4, A4])].map(([line, why]) => [line.page, line.text, why])).toEqual([
      [1, '某市医疗保障局文件', 'running head: the same line at the same height on 2 of 2 pages'],
      [1, '内部资料', 'running foot: the same line at the same height on 2 of 2 pages'],
      [2, '某市医疗保障局文件', 'running head: the same line at the same height on 2 of 2 pages'],
      [2, '内部资料', 'running foot: the same line at the same height on 2 of 2 pages'],
    ]);
  });

  it('keeps a line repeated on half the pages, or at another height', () => {
    const pages = [
      [item('某市医疗保障局文件', 250, 780), item('正文一', 80, 700)],
      [item('某市医疗保障局文件', 250, 780), item('正文二', 80, 700)],
      [item('正文三', 80, 700), item('附件', 80, 400)],
      [item('正文四', 80, 700), item('附件', 80, 300)],
    ];
    expect(pageFurniture(readLines(pages), pages.map(() => A4)).size).toBe(0);
    const moved = [
      [item('附件', 80, 780), item('正文一', 80, 700)],
      [item('附件', 80, 760), item('正文二', 80, 700)],
    ];
    expect(pageFurniture(readLines(moved), [A4, A4]).size).toBe(0);
  });

  it('keeps a bare number off centre, a number inside the page, and lines that differ in a digit', () => {
    const pages = [
      [item('附件1', 80, 780), item('3', 80, 400), item('正文一', 80, 120), item('7', 80, 60)],
      [item('附件2', 80, 780), item('正文二', 80, 120)],
      [item('正文三', 80, 700)],
    ];
    expect(pageFurniture(readLines(pages), pages.map(() => A4)).size).toBe(0);
  });
});
