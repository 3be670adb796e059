const DIGIT = '零一二三四五六七八九';
const YEAR_DIGIT = '〇一二三四五六七八九';
// A bare 2 before a measure word is said 两 (两件, 两次), as Mandarin speakers say it.
// A set of characters, not a string: ''.includes('') is true, and a 2 ending the text (附件2) was said 两.
const MEASURE = new Set('个件次名家项份条人期场户篇台套批');

const digitByDigit = (digits: string, zero = YEAR_DIGIT) => [...digits].map((d) => zero[Number(d)]).join('');

/** 0–9999, with 零 for inner gaps; `leading` drops the 一 of 一十 (12 → 十二, but 112 → 一百一十二). */
function belowTenThousand(n: number, leading: boolean): string {
  const parts: string[] = [];
  const units = ['千', '百', '十', ''];
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let pendingZero = false;
  let started = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      if (started) pendingZero = true;
      return;
    }
    if (pendingZero) parts.push('零');
    pendingZero = false;
    const isTensLead = i === 2 && !started && leading && d === 1;
    const word = i === 0 && d === 2 ? '两' : DIGIT[d];
    parts.push((isTensLead ? '' : word) + units[i]);
    started = true;
  });
  return parts.join('') || '零';
}

/** A whole number as it is read: 20555 → 两万零五百五十五, 1036 → 一千零三十六. */
export function cardinal(n: number): string {
  if (n >= 1e8) return digitByDigit(String(n), DIGIT);
  if (n < 1e4) return belowTenThousand(n, true);
  const wan = Math.floor(n / 1e4);
  const rest = n % 1e4;
  const head = wan === 2 ? '两' : belowTenThousand(wan, true);
  if (rest === 0) return `${head}万`;
  return `${head}万${rest < 1000 ? '零' : ''}${belowTenThousand(rest, false)}`;
}

const decimal = (whole: string, fraction?: string) =>
  cardinal(Number(whole)) + (fraction ? `点${digitByDigit(fraction, DIGIT)}` : '');

/**
 * Text for the offline synthesizer, which misreads numerals (eSpeak's Mandarin says 20555 as
 * 「二十千五百五十五」, years as cardinals, % in English). Only what is spoken changes; what is shown
 * and highlighted stays the original text.
 */
export function normalizeForSpeech(text: string): string {
  return (
    text
      // The report's symbols: “1+1>2”, 1+10+N, 5·31 (an event named by its date, read digit by digit).
      .replace(/(?<=[\dN])\+(?=[\dN])/g, '加')
      .replace(/(?<=\d)>(?=\d)/g, '大于')
      .replace(/(\d+)·(\d+)/g, (_, a: string, b: string) => digitByDigit(a, DIGIT) + digitByDigit(b, DIGIT))
      // Years are read digit by digit: 2024年 → 二〇二四年 (also 2023年度, 2024年版).
      .replace(/\d{4}(?=年)/g, (year) => digitByDigit(year))
      // Runs too long to be quantities (the garbled dates 2024129, 2025228) are read digit by digit.
      .replace(/\d{6,}/g, (run) => digitByDigit(run))
      .replace(/(\d+)(?:\.(\d+))?%/g, (_, whole: string, fraction?: string) => `百分之${decimal(whole, fraction)}`)
      .replace(/(\d+)\.(\d+)/g, (_, whole: string, fraction: string) => decimal(whole, fraction))
      .replace(/\d+/g, (digits, offset: number, whole: string) =>
        digits === '2' && MEASURE.has(whole[offset + 1]) ? '两' : cardinal(Number(digits)),
      )
  );
}
