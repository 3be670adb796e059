import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './negotiate-locale';

describe('negotiateLocale', () => {
  it.each([
    ['zh-CN,zh;q=0.9', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['zh-HK,en;q=0.5', 'zh-CN'],
    ['ZH-hant-tw', 'zh-CN'],
    ['en-GB,en;q=0.9', 'en'],
    ['en-US,zh-CN;q=0.8', 'en'],
    ['en;q=0.4,zh;q=0.6', 'zh-CN'],
    ['fr-FR,fr;q=0.9', 'zh-CN'],
    ['de,en;q=0.5', 'en'],
    ['*', 'zh-CN'],
    ['en;q=0', 'zh-CN'],
    ['', 'zh-CN'],
    [null, 'zh-CN'],
    [';;;,,q=abc', 'zh-CN'],
  ])('%s → %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
