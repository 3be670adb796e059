import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWellFormedPath } from './well-formed-path';

// The oracle is the platform's own decoder: decodeURIComponent throws on broken percent-encoding and on bytes
// that are not UTF-8 (overlong forms, surrogates, beyond U+10FFFF). An encoded slash or backslash is refused too.
function decodesCleanly(path: string) {
  try {
    return !/[\x00-\x1f\x7f]/.test(decodeURIComponent(path)) && !/%2f|%5c/i.test(path);
  } catch {
    return false;
  }
}

describe('a well-formed request path', () => {
  it('refuses the addresses that made next start answer 500', () => {
    const refused = ['/zh-CN/%E0%A4%A', '/en/%FF%FE%00', '/zh-CN/search%C0%AE%C0%AE', '/audio/%C0%AE%C0%AE..%2f'];
    expect(refused.filter(isWellFormedPath)).toEqual([]);
  });

  it('takes the paths pages have, encoded Chinese and emoji too', () => {
    const taken = ['/', '/zh-CN', '/zh-CN/jinnan-fazhi-2024/section/business-environment', '/zh-CN/%E6%B4%A5%E5%8D%97', '/en/%F0%9F%91%B4', '/a%20b', '/zh-CN/%2e%2e'];
    expect(taken.filter((path) => !isWellFormedPath(path))).toEqual([]);
  });

  it('refuses a NUL, a control character, a lone surrogate, a code point beyond U+10FFFF and an encoded separator', () => {
    const refused = ['/zh-CN/%00', '/zh-CN/%0d%0a', '/zh-CN/%7F', '/zh-CN/%ED%A0%80', '/zh-CN/%F4%90%80%80', '/zh-CN/%', '/zh-CN/%G1', '/zh-CN/a%2F..', '/zh-CN/%5c'];
    expect(refused.filter(isWellFormedPath)).toEqual([]);
  });

  it('agrees with the platform’s decoder on any run of encoded bytes and characters', () => {
    const byte = fc.integer({ min: 0, max: 255 }).map((b) => `%${b.toString(16).padStart(2, '0')}`);
    const piece = fc.oneof(byte, byte, fc.constantFrom('a', '-', '.', '/', '%', '%e', '%C0', '%ZZ'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const path = `/${pieces.join('')}`;
        expect(isWellFormedPath(path)).toBe(decodesCleanly(path));
      }),
      { seed: 20261203, numRuns: 5000 },
    );
  });
});
