/**
 * 繁體 and 拼音 for the 大字幕 panel. Both libraries are large (the OpenCC dictionary is ≈ 450 kB gz), so
 * they load only when a reader first asks for them.
 */
let traditional: Promise<(text: string) => string> | null = null;

export function toTraditional(text: string): Promise<string> {
  traditional ??= import('opencc-js/cn2t').then((OpenCC) => OpenCC.Converter({ from: 'cn', to: 'tw' }));
  return traditional.then((convert) => convert(text));
}

export type RubyPiece = { text: string; pinyin?: string };

/** Hanzi paired with their pinyin (tone marks); numbers, punctuation and 《》 pass through unchanged. */
export async function toPinyin(text: string): Promise<RubyPiece[]> {
  const { pinyin } = await import('pinyin-pro');
  return pinyin(text, { type: 'all', toneType: 'symbol' }).map((item) =>
    item.isZh ? { text: item.origin, pinyin: item.pinyin } : { text: item.origin },
  );
}
