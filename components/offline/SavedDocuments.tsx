'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { SavedDocument } from '@/lib/offline/offline-manifest';
import { savedDocuments } from '@/lib/offline/saving';
import { routes } from '@/lib/routes';

/** On the offline page: the documents this device has saved, each a link that opens without a connection. */
export function SavedDocuments() {
  const t = useTranslations('Offline');
  const [list, setList] = useState<SavedDocument[] | null>(null);

  useEffect(() => {
    void savedDocuments().then(setList, () => setList([]));
  }, []);

  if (list === null) return null;
  if (list.length === 0) return <p>{t('noneSaved')}</p>;
  return (
    <ul>
      {list.map((entry) => (
        <li key={`${entry.doc}/${entry.locale}/${entry.mode}`}>
          <a href={routes.cover({ locale: entry.locale, mode: entry.mode, doc: entry.doc })} lang={entry.locale === 'en' ? 'zh-CN' : entry.locale}>
            {t('savedItem', { title: entry.title, edition: t(`editions.${entry.mode}`) })}
          </a>
        </li>
      ))}
    </ul>
  );
}
