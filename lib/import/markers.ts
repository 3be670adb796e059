import { hanziNumber } from './dates';
import { isSentence } from './shape';

/**
 * The typed numbering of Chinese public documents (GB/T 9704: 一、 （一） 1. （1）; rules: 第一章 第一节 第一条;
 * guides: 步骤1：, ①). A marker says only what a line is numbered as; whether it heads a section or opens an item
 * is decided by the structure finders from what follows it.
 */
export type MarkerFamily = 'part' | 'paren-hanzi' | 'arabic' | 'paren-arabic' | 'circled' | 'step' | 'chapter' | 'subchapter' | 'article';

export type Marker = { family: MarkerFamily; number: number; /** The marker as printed, e.g. 「（三）」, 「2.」, 「第五条」. */ text: string };

const HANZI = '[一二三四五六七八九十百零〇]+';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

const PATTERNS: [MarkerFamily, RegExp, (digits: string) => number][] = [
  ['chapter', new RegExp(`^第(${HANZI})章`), hanziNumber],
  ['subchapter', new RegExp(`^第(${HANZI})节`), hanziNumber],
  // 「第一条　为了……」: a space or the text itself follows; 「第一条规定的」 mid-sentence never starts a line here.
  ['article', new RegExp(`^第(${HANZI})条(?![，,。、的中所])`), hanziNumber],
  ['part', /^([一二三四五六七八九十]+)、/, hanziNumber],
  ['paren-hanzi', /^[（(]([一二三四五六七八九十]+)[）)]/, hanziNumber],
  // 1. 1、 1． but not 1.5万 or a date (2025.3.1): the separator is followed by a non-digit.
  ['arabic', /^(\d{1,2})[.．、](?!\d)/, Number],
  ['paren-arabic', /^[（(](\d{1,2})[）)]/, Number],
  ['circled', new RegExp(`^([${CIRCLED}])`), (c) => CIRCLED.indexOf(c) + 1],
  ['step', /^(?:步骤\s*(\d{1,2}|[一二三四五六七八九十]+)|第([一二三四五六七八九十]+)步)[：:、.．\s]?/, (d) => (/\d/.test(d) ? Number(d) : hanziNumber(d))],
];

export function markerOf(text: string): Marker | undefined {
  for (const [family, pattern, number] of PATTERNS) {
    const match = text.match(pattern);
    if (match) return { family, number: number(match[1] ?? match[2]), text: match[0] };
  }
  return undefined;
}

export const partNumber = (text: string) => numberIn(text, 'part');
export const sectionNumber = (text: string) => numberIn(text, 'paren-hanzi');
const numberIn = (text: string, family: MarkerFamily) => {
  const marker = markerOf(text);
  return marker?.family === family ? marker.number : undefined;
};

/**
 * 「附件：1.…」, 「附件2：…」, 「附件」 open an attachment list; 「2.…」 lines right after it continue it.
 * The colon or the line's end is required, so that 「附件1所列单位要……」 stays text.
 */
const ATTACHMENT = /^附\s*件\s*(?:[\d１-９一二三四五六七八九十]+\s*)?(?:[：:]|$)/;
const ATTACHMENT_ITEM = /^\d+[.．、]\S/;

export const isAttachment = (text: string, previousWasAttachment: boolean) =>
  ATTACHMENT.test(text) || (previousWasAttachment && ATTACHMENT_ITEM.test(text) && !isSentence(text));

/** 「(建议此件主动公开)」, 「（此件公开发布）」. */
export const isDisclosure = (text: string) => /^[（(][^（）()]*(?:公开|发布)[^（）()]*[）)]$/.test(text);

/** Another 附注 after the date: 「（联系人：张三，联系电话：12345678）」. */
export const isRemark = (text: string) => /^[（(][^（）()]{2,80}[）)]$/.test(text);

/**
 * The 版记 at a 公文's foot: 「抄送：…」, 「××办公室　2025年9月10日印发」. Its lines are kept and shown after the
 * closing, as printed.
 */
export const isImprint = (text: string) => /^(?:抄送|抄报|主送|分送)[：:]/.test(text) || /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印\s*发$/.test(text);

// 「特此通知。」 and its kin end the text itself; without its full stop it must not pass for chrome.
export const isSignOff = (text: string) => /^特此/.test(text);
