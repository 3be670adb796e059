import { describe, expect, it } from 'vitest';
import { negotiateLocale } from '../i18n/negotiate-locale';
import { languageRules } from './language-map';

/** What nginx does with the map: the first rule that matches (as `~*`, case-insensitive), else the default. */
const nginxLocale = (header: string) => languageRules.find(([regex]) => new RegExp(regex, 'i').test(header))?.[1] ?? 'zh-CN';

describe('the language at /: nginx and next start choose the same', () => {
  // Headers as browsers send them (most preferred first), and some odd ones.
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
    ['fr-FR,fr;q=0.9', 'zh-CN'],
    ['de,en;q=0.5', 'en'],
    ['ja,zh-TW;q=0.5', 'zh-Hant'],
    ['fr, zh-HK ;q=0.8', 'zh-Hant'],
    ['zh-TW;q=0,en', 'en'],
    ['zh-hk;q=0.000,en;q=0.1', 'en'],
    ['en;q=0.0, zh-tw', 'zh-Hant'],
    ['eng,zh-TW', 'zh-Hant'],
    ['zh-TWN', 'zh-CN'],
    ['*', 'zh-CN'],
    ['en;q=0', 'zh-CN'],
    ['', 'zh-CN'],
    [';;;,,q=abc', 'zh-CN'],
  ])('%s → %s', (header, expected) => {
    expect(nginxLocale(header)).toBe(expected);
    expect(negotiateLocale(header)).toBe(expected);
  });
});
