import { describe, expect, it } from 'vitest';
import { roman } from './roman-numerals';

describe('roman', () => {
  it('writes 1 to 3999 in capital Roman numerals', () => {
    expect([1, 4, 9, 14, 40, 90, 400, 1994, 2026, 3999].map(roman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'XC', 'CD', 'MCMXCIV', 'MMXXVI', 'MMMCMXCIX']);
  });

  it('writes numbers it has no numeral for in digits', () => {
    expect([0, -3, 4000].map(roman)).toEqual(['0', '-3', '4000']);
  });
});
