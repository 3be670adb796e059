import { traditionalConverter } from '@/lib/content/traditional';
import en from '@/messages/en.json';
import zhCN from '@/messages/zh-CN.json';
import type { Locale } from './routing';
import { messagesInTraditional } from './traditional-messages';

export type Messages = typeof zhCN;

// `satisfies` makes a key missing from en.json (or a misspelt one) a type error, not a blank label.
// The 繁體 interface is built from zh-CN, so it can never lack a key.
export const messages = {
  'zh-CN': zhCN,
  'zh-Hant': messagesInTraditional(zhCN, traditionalConverter()),
  en: en satisfies Messages,
} as const satisfies Record<Locale, Messages>;
