import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { pageMetadata } from '@/lib/page-metadata';
import { routes, type PageMode } from '@/lib/routes';
import styles from './HelpScreen.module.css';

type Props = { params: LocaleParams; mode: PageMode };

const ITEMS = ['large', 'size', 'theme', 'view', 'read', 'point', 'cursor', 'crosshair', 'ruler', 'plain', 'reset'] as const;

export async function helpMetadata({ params, mode }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Help' });
  return pageMetadata(locale, mode, routes.help, { title: t('title'), description: t('description') });
}

/** 帮助: every aid, what it does and how to reach it, including by keyboard alone. */
export async function HelpScreen({ params }: Props) {
  await pageLocale(params);
  const t = await getTranslations('Help');
  return (
    <>
      <h1 className={styles.title}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <dl className={styles.list}>
        {ITEMS.map((item) => (
          <div key={item} className={styles.entry}>
            <dt className={styles.name}>{t(`items.${item}.0`)}</dt>
            <dd className={styles.what}>{t(`items.${item}.1`)}</dd>
          </div>
        ))}
      </dl>
      <h2 className={styles.heading}>{t('keyboardHeading')}</h2>
      <p>{t('keyboard')}</p>
    </>
  );
}
