import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { messages } from './messages';
import { routing } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  // A fixed zone keeps prerendered dates the same whatever machine builds them.
  return { locale, messages: messages[locale], timeZone: 'Asia/Shanghai' };
});
