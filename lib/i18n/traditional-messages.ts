import type { ToTraditional } from '@/lib/content/traditional';

/**
 * The zh-Hant interface: every zh-CN string converted, except those that must show a reader the other
 * script as it is written (the 简体 switch, the caption panel's 简 button). In the build the catalogue arrives
 * precompiled (next.config.js), so a message with arguments is an array of text and argument parts; the
 * converter leaves argument names alone, being ASCII.
 */
const KEEP = new Set(['Site.scriptSwitchToSimplified', 'Site.scriptSwitchToSimplifiedLabel', 'Aids.scripts.hans']);

export function messagesInTraditional<T>(messages: T, convert: ToTraditional, at = ''): T {
  if (typeof messages === 'string') return (KEEP.has(at) ? messages : convert(messages)) as T;
  if (Array.isArray(messages)) return messages.map((part) => messagesInTraditional(part, convert, at)) as T;
  if (typeof messages !== 'object' || messages === null) return messages;
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [key, messagesInTraditional(value, convert, at ? `${at}.${key}` : key)]),
  ) as T;
}
