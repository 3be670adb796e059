import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  // zh-Hant is the 繁體 edition: the same report and interface in traditional characters, built from zh-CN.
  locales: ['zh-CN', 'zh-Hant', 'en'],
  defaultLocale: 'zh-CN',
  // Pages are prerendered and shared by any CDN, so the language lives in the URL only.
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];
