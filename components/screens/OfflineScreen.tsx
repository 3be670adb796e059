import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ModeShell } from '@/components/layout/ModeShell';
import { SavedDocuments } from '@/components/offline/SavedDocuments';
import type { SitePage } from '@/lib/page-params';
import { pageMetadata } from '@/lib/page-metadata';
import { routes } from '@/lib/routes';

export async function offlineMetadata({ at }: SitePage): Promise<Metadata> {
  const t = await getTranslations({ locale: at.locale, namespace: 'Offline' });
  return {
    ...pageMetadata(at, (context) => routes.offline(context), { title: t('title'), description: t('description') }),
    robots: { index: false },
  };
}

/**
 * What the service worker answers, with no signal, for a page that was never opened or saved here: what happened,
 * in words, and the documents that do open. Never the browser's error page.
 */
export async function OfflineScreen({ at }: SitePage) {
  const t = await getTranslations('Offline');
  return (
    <ModeShell at={at} path={routes.offline(at)}>
      <h1>{t('title')}</h1>
      <p>{t('notSaved')}</p>
      <p>{t('whenBack')}</p>
      <h2>{t('savedHeading')}</h2>
      <SavedDocuments />
    </ModeShell>
  );
}
