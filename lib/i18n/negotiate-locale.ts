import { routing, type Locale } from './routing';

const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/** Regions whose Chinese is written in traditional characters. */
const TRADITIONAL_REGIONS = ['tw', 'hk', 'mo'];

function localeOfTag(tag: string): Locale | undefined {
  const [language, ...subtags] = tag.split('-');
  if (language === 'en') return 'en';
  if (language !== 'zh') return undefined;
  // An explicit script wins over the region: zh-Hans-HK is simplified, zh-Hant-CN traditional.
  if (subtags.includes('hans')) return 'zh-CN';
  return subtags.includes('hant') || subtags.some((s) => TRADITIONAL_REGIONS.includes(s)) ? 'zh-Hant' : 'zh-CN';
}

/**
 * Picks the interface language from Accept-Language: the reader's most preferred tag that is Chinese or English.
 * zh-TW, zh-HK, zh-MO and zh-Hant(-*) give the 繁體 edition, any other Chinese gives zh-CN, English gives en;
 * nothing usable gives zh-CN. next-intl's own matcher sends "zh-HK,en;q=0.5" to en, since it has no zh-HK, which
 * is wrong for our readers. deploy/nginx.conf makes the same choice for the static site.
 */
export function negotiateLocale(acceptLanguage: string | null): Locale {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim().match(/^q\s*=\s*(.*)$/i)?.[1].trim()).find((value) => value !== undefined);
      // A q that is not a qvalue (RFC 9110 §12.4.2: 0 to 1, three decimals at most) is ignored, as nginx's map does.
      const quality = q !== undefined && QVALUE.test(q) ? Number(q) : 1;
      return { tag: tag.trim().toLowerCase(), quality, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    const locale = localeOfTag(tag);
    if (locale) return locale;
  }
  return routing.defaultLocale;
}
