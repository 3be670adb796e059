import { roman } from './roman-numerals';

/**
 * A list number as Word writes it in a given `w:numFmt`. Where the forms above 99 differ between references, they
 * follow Microsoft's Open XML PowerTools (ListItemTextGetter_zh_CN); beyond a format's range Word falls back to digits.
 */
export function formatNumber(value: number, format: string): string {
  const write = FORMATS[format] ?? String;
  return value >= 1 || format === 'none' ? write(value) : String(value);
}

const DIGITS = '〇一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const PLACES = ['千', '百', '十', ''];
const LEGAL_PLACES = ['仟', '佰', '拾', ''];
const HIGHEST_COUNTED = 9999;

type Counting = { digits: string; places: string[]; zero?: string; bareTen?: boolean; bareUnits?: boolean };

/**
 * Chinese and Japanese counting: 十一, 二十, 一百〇一. `zero` stands for skipped places (Japanese writes none);
 * `bareTen` drops the 一 of a leading 十 (十一, not 一十一); `bareUnits` drops it before every place (百十一).
 */
function counting({ digits, places, zero, bareTen, bareUnits }: Counting) {
  return (value: number) => {
    if (value > HIGHEST_COUNTED) return String(value);
    const figures = String(value).padStart(4, '0').split('').map(Number);
    let text = '';
    let skipped = false;
    figures.forEach((figure, i) => {
      if (figure === 0) {
        skipped = text !== '';
        return;
      }
      if (skipped && zero) text += zero;
      skipped = false;
      const place = places[i];
      const bare = figure === 1 && place !== '' && (bareUnits || (bareTen && i === 2 && text === ''));
      text += (bare ? '' : digits[figure]) + place;
    });
    return text;
  };
}

const digitByDigit = (digits: string) => (value: number) => [...String(value)].map((digit) => digits[Number(digit)]).join('');
const chineseCountingThousand = counting({ digits: DIGITS, places: PLACES, zero: '〇', bareTen: true });
const LAST_COUNTED_UNDER_HUNDRED = 99;
const enclosed = (first: number, last: number) => (value: number) =>
  value <= last - first + 1 ? String.fromCodePoint(first + value - 1) : String(value);
const cycle = (signs: string) => (value: number) => (value <= signs.length ? signs[value - 1] : String(value));
const letters = (alphabet: string) => (value: number) => alphabet[(value - 1) % 26].repeat(Math.ceil(value / 26));
const LATIN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const FORMATS: Record<string, (value: number) => string> = {
  decimal: String,
  decimalHalfWidth: String,
  decimalZero: (value) => String(value).padStart(2, '0'),
  decimalFullWidth: digitByDigit('０１２３４５６７８９'),
  decimalFullWidth2: digitByDigit('０１２３４５６７８９'),
  // ① … ⑳, ⑴ … ⒇, ⒈ … ⒛: Unicode has twenty of each.
  decimalEnclosedCircle: enclosed(0x2460, 0x2473),
  decimalEnclosedCircleChinese: enclosed(0x2460, 0x2473),
  decimalEnclosedParen: enclosed(0x2474, 0x2487),
  decimalEnclosedFullstop: enclosed(0x2488, 0x249b),
  upperLetter: letters(LATIN),
  lowerLetter: letters(LATIN.toLowerCase()),
  upperRoman: roman,
  lowerRoman: (value) => roman(value).toLowerCase(),
  chineseCounting: (value) =>
    value <= LAST_COUNTED_UNDER_HUNDRED ? chineseCountingThousand(value) : digitByDigit('○一二三四五六七八九')(value),
  chineseCountingThousand,
  taiwaneseCountingThousand: chineseCountingThousand,
  chineseLegalSimplified: counting({ digits: LEGAL_DIGITS, places: LEGAL_PLACES, zero: '零' }),
  japaneseCounting: counting({ digits: DIGITS, places: PLACES, bareUnits: true }),
  ideographDigital: digitByDigit(DIGITS),
  ideographTraditional: cycle('甲乙丙丁戊己庚辛壬癸'),
  ideographZodiac: cycle('子丑寅卯辰巳午未申酉戌亥'),
  none: () => '',
};
