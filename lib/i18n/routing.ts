import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['zh-CN', 'en'],
  defaultLocale: 'zh-CN',
  // Pages are prerendered and shared by any CDN, so the language lives in the URL only.
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];
