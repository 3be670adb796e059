import { hanziNumber } from './dates';
import { isSentence } from './shape';

/** The typed numbering of Chinese official documents: 一、 for parts, （一） for sections. */
const PART = /^([一二三四五六七八九十]+)、/;
const SECTION = /^[（(]([一二三四五六七八九十]+)[）)]/;

export const partNumber = (text: string) => numberOf(text.match(PART));
export const sectionNumber = (text: string) => numberOf(text.match(SECTION));
const numberOf = (match: RegExpMatchArray | null) => (match ? hanziNumber(match[1]) : undefined);

/** The marker alone, 「四、」 or 「（二）」, for a heading that is all sentence. */
export const markerOf = (text: string) => (text.match(PART) ?? text.match(SECTION))![0];

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

// 「特此通知。」 and its kin end the text itself; without its full stop it must not pass for chrome.
export const isSignOff = (text: string) => /^特此/.test(text);
