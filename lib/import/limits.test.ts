import { afterEach, describe, expect, it } from 'vitest';
import { maxBytes, maxUnzippedBytes, megabytes } from './limits';

afterEach(() => {
  delete process.env.IMPORT_MAX_MB;
});

describe('maxBytes', () => {
  it('is 50 MB unless IMPORT_MAX_MB says otherwise', () => {
    expect(maxBytes()).toBe(52_428_800);
    process.env.IMPORT_MAX_MB = '2';
    expect(maxBytes()).toBe(2_097_152);
    expect(maxUnzippedBytes()).toBe(8_388_608);
  });

  it('stays 50 MB when IMPORT_MAX_MB is no number, zero or negative', () => {
    for (const value of ['fifty', '0', '-5', 'Infinity']) {
      process.env.IMPORT_MAX_MB = value;
      expect(maxBytes(), value).toBe(52_428_800);
    }
  });

  it('prints sizes in MB to two figures', () => {
    expect(megabytes(3_774)).toBe('0.0036 MB');
    expect(megabytes(52_428_800)).toBe('50 MB');
  });
});
