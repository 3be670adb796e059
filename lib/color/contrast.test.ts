import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';

describe('contrastRatio', () => {
  it('matches the published WCAG values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffff00', '#000000')).toBeCloseTo(19.56, 2);
    expect(contrastRatio('#ffff00', '#0000ff')).toBeCloseTo(8.0, 1);
    expect(contrastRatio('#ffffff', '#0000ff')).toBeCloseTo(8.59, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('is symmetric and rejects what it cannot read', () => {
    expect(contrastRatio('#0b4fa8', '#ffffff')).toBe(contrastRatio('#ffffff', '#0b4fa8'));
    expect(() => contrastRatio('red', '#ffffff')).toThrow();
  });
});
