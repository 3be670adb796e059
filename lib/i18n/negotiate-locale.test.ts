import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './negotiate-locale';

describe('negotiateLocale', () => {
  // The cases nginx must agree on are in accept-language-cases.ts (tested against both in lib/nginx/); these need
  // what only the server does: weighing q-values, and no header at all.
  it.each([
    ['en;q=0.4,zh;q=0.6', 'zh-CN'],
    ['en;q=0.4,zh-HK;q=0.6', 'zh-Hant'],
    [null, 'zh-CN'],
  ])('%s → %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
