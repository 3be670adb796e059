import { describe, expect, it } from 'vitest';
import { collapseText } from './html-text';

const collapse = (text: string) => collapseText([...text].map((char) => ({ char, bold: false }))).map(({ char }) => char).join('');

describe('collapseText: each run of white space on its own', () => {
  it('keeps a typed space between Chinese characters where the same line has a source line break elsewhere', () => {
    expect(collapse('某市 民政局\n通知')).toBe('某市 民政局通知');
  });

  it('gives a collapsed space the weight of the run’s first character', () => {
    const chars = [
      { char: '甲', bold: true },
      { char: ' ', bold: true },
      { char: '\n', bold: false },
      { char: 'A', bold: false },
    ];
    expect(collapseText(chars)).toEqual([
      { char: '甲', bold: true },
      { char: ' ', bold: true },
      { char: 'A', bold: false },
    ]);
  });
});
