const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'],
  [5, 'V'], [4, 'IV'], [1, 'I'],
];
const MOST_ROMAN = 3999;

/** 1–3999 in capital Roman numerals, as Word's upperRoman and HTML's type="I" number a list; other numbers in digits. */
export function roman(value: number): string {
  if (value < 1 || value > MOST_ROMAN) return String(value);
  let rest = value;
  let text = '';
  for (const [size, numeral] of ROMAN) {
    text += numeral.repeat(Math.floor(rest / size));
    rest %= size;
  }
  return text;
}
