import type { Locale } from './routing';

/**
 * Accept-Language headers as browsers send them (most preferred first), and some odd ones, with the language the
 * reader must get at `/`. Written by hand; both the Node server (negotiate-locale.ts) and nginx's map
 * (lib/nginx/language-map.ts) are tested against this one list.
 */
export const acceptLanguageCases: [string, Locale][] = [
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
  // A q that is not a qvalue is ignored: the tag counts (found by the hostile-address fuzz, where they differed).
  ['en;q=abc', 'en'],
  ['en;q=-1,zh-TW', 'en'],
  ['zh-TW;q=1e999', 'zh-Hant'],
  ['en;q = 0', 'zh-CN'],
];
