/** A date read from the text: `iso` (YYYY-MM-DD) only when the printed date is whole and real. */
export type FoundDate = { iso?: string; time?: string };

// 〇 and ○ are both printed for zero in years; Ｏ (a full-width letter) stands in for them on some sites.
const DIGIT: Record<string, number> = Object.fromEntries(
  [...'〇一二三四五六七八九'].map((digit, value) => [digit, value]).concat([['○', 0], ['零', 0], ['Ｏ', 0]]),
);

const ARABIC = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;
// 二〇二五年二月二十八日: the year digit by digit, month and day with 十.
const HANZI = /([〇○零Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/;
const TIME = /(?<!\d)(\d{1,2}):(\d{2})(?::\d{2})?(?!\d)/;

/** A closing date line: a whole date, or digits the site's generator ran together (2025228). */
export const DATE_LINE = new RegExp(`^[（(]?(?:${ARABIC.source}|${HANZI.source}|(?:19|20)\\d{4,6})[）)]?$`);

export function findDate(text: string): FoundDate {
  const arabic = text.match(ARABIC);
  const hanzi = arabic ? undefined : text.match(HANZI);
  const parts = arabic
    ? arabic.slice(1, 4).map(Number)
    : hanzi && [hanziYear(hanzi[1]), hanziNumber(hanzi[2]), hanziNumber(hanzi[3])];
  const time = text.match(TIME);
  return {
    iso: parts ? isoDate(parts[0], parts[1], parts[2]) : undefined,
    time: time && Number(time[1]) < 24 ? `${time[1].padStart(2, '0')}:${time[2]}` : undefined,
  };
}

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

const hanziYear = (digits: string) => Number([...digits].map((d) => DIGIT[d]).join(''));

/** 一 … 九百九十九 (零 for a gap: 一百零五), as used for months, days and the numbers of parts, chapters and articles. */
export function hanziNumber(text: string): number {
  let total = 0;
  let digit = 0;
  for (const char of text) {
    const unit = char === '百' ? 100 : char === '十' ? 10 : 0;
    if (unit) {
      // 十二 has no digit before 十: one ten.
      total += (digit || 1) * unit;
      digit = 0;
    } else {
      digit = DIGIT[char] ?? 0;
    }
  }
  return total + digit;
}
