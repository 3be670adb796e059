import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './negotiate-locale';

describe('negotiateLocale', () => {
  it.each([
    ['zh-CN,zh;q=0.9', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK,en;q=0.5', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['ZH-hant-tw', 'zh-Hant'],
    ['zh-Hant-CN', 'zh-Hant'],
    ['zh-Hans-HK', 'zh-CN'],
    ['zh-yue-HK', 'zh-Hant'],
    ['zh-TW,zh;q=0.9,en-US;q=0.8', 'zh-Hant'],
    ['zh-CN,zh-TW;q=0.9', 'zh-CN'],
    ['en-GB,en;q=0.9', 'en'],
    ['en-US,zh-TW;q=0.8', 'en'],
    ['en;q=0.4,zh;q=0.6', 'zh-CN'],
    ['en;q=0.4,zh-HK;q=0.6', 'zh-Hant'],
    ['fr-FR,fr;q=0.9', 'zh-CN'],
    ['de,en;q=0.5', 'en'],
    ['ja,zh-TW;q=0.5', 'zh-Hant'],
    ['zh-TW;q=0,en', 'en'],
    ['*', 'zh-CN'],
    ['en;q=0', 'zh-CN'],
    ['', 'zh-CN'],
    [null, 'zh-CN'],
    [';;;,,q=abc', 'zh-CN'],
  ])('%s → %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
