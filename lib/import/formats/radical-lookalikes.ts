/**
 * PDFs printed by Chromium (and others using Noto CJK) map some hanzi to the radicals that share their glyph: 力 as
 * ⼒ (U+2F12, Kangxi Radicals), 民 as ⺠ and 见 as ⻅ (U+2E80–U+2EFF, CJK Radicals Supplement). A document's text never
 * means the radical, so each is read as its hanzi. The Kangxi block has compatibility decompositions (NFKC); the
 * supplement has none, so its simplified forms are listed here, from Unicode's EquivalentUnifiedIdeograph.txt.
 */
const SUPPLEMENT: Record<string, string> = {
  '⺊': '卜', '⺌': '小', '⺗': '心', '⺟': '母', '⺠': '民', '⺤': '爫', '⺦': '丬', '⺯': '糸', '⺹': '耂', '⺾': '艹',
  '⻃': '覀', '⻄': '西', '⻅': '见', '⻈': '讠', '⻉': '贝', '⻋': '车', '⻌': '辶', '⻏': '阝', '⻐': '钅', '⻓': '长',
  '⻔': '门', '⻖': '阝', '⻗': '雨', '⻘': '青', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻟': '飠', '⻠': '饣',
  '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻬': '齐',
  '⻮': '齿', '⻰': '龙', '⻳': '龟',
};

/** Text with every radical look-alike read as its hanzi; everything else (full-width punctuation included) as it is. */
export const withHanziForRadicals = (text: string) =>
  text.replace(/[\u2e80-\u2fdf]/g, (char) => SUPPLEMENT[char] ?? char.normalize('NFKC'));
