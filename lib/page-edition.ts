import { getLocale } from 'next-intl/server';
import type { Locale } from './i18n/routing';
import { editionFor, type Edition } from './report';

/** The edition of the report for the page being rendered (its interface language decides). */
export async function pageEdition(): Promise<Edition> {
  return editionFor((await getLocale()) as Locale);
}
