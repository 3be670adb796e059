import en from '@/messages/en.json';
import zhCN from '@/messages/zh-CN.json';
import type { Locale } from './routing';

export type Messages = typeof zhCN;

// `satisfies` makes a key missing from en.json (or a misspelt one) a type error, not a blank label.
export const messages = { 'zh-CN': zhCN, en: en satisfies Messages } as const satisfies Record<Locale, Messages>;
