import { routing, type Locale } from './routing';

/**
 * Picks the interface language from Accept-Language: the reader's most preferred tag that is Chinese
 * (any zh-*, including zh-TW and zh-HK) gives zh-CN, English gives en; nothing usable gives zh-CN.
 * next-intl's own matcher sends "zh-HK,en;q=0.5" to en, since it has no zh-HK, which is wrong for our readers.
 */
export function negotiateLocale(acceptLanguage: string | null): Locale {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { primary: tag.trim().toLowerCase().split('-')[0], quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { primary } of ranked) {
    if (primary === 'zh') return 'zh-CN';
    if (primary === 'en') return 'en';
  }
  return routing.defaultLocale;
}
