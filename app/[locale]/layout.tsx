import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { PopoverPolyfill } from '@/components/layout/PopoverPolyfill';
import { SkipLink } from '@/components/layout/SkipLink';
import { ServiceWorkerRegistration } from '@/components/offline/ServiceWorkerRegistration';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { messages } from '@/lib/i18n/messages';
import { routing, type Locale } from '@/lib/i18n/routing';
import { preferencesHeadScript } from '@/lib/preferences/head-script';
import { siteUrl } from '@/lib/site-url';
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/controls.css';
import '../styles/views.css';
import '../styles/read-aloud.css';
import '../styles/aids.css';
import '../styles/print.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Site' });
  return {
    metadataBase: siteUrl(),
    title: { template: `%s | ${t('name')}`, default: t('name') },
    description: t('description'),
  };
}

// Client components get only the strings they use, not the whole catalogue.
const clientMessages = (locale: Locale) => {
  const { Preferences, View, ReadAloud, Aids, Settings, Share, Resume, Print, Search, Offline } = messages[locale];
  return { Preferences, View, ReadAloud, Aids, Settings, Share, Resume, Print, Search, Offline };
};

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: LocaleParams }) {
  const locale = await pageLocale(params);
  return (
    // The head script sets data-* attributes on <html> before hydration, hence suppressHydrationWarning.
    <html lang={locale} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: preferencesHeadScript }} />
      </head>
      <body>
        <div id="top" tabIndex={-1} />
        <SkipLink />
        <NextIntlClientProvider messages={clientMessages(locale)}>{children}</NextIntlClientProvider>
        <ServiceWorkerRegistration />
        <PopoverPolyfill />
      </body>
    </html>
  );
}
