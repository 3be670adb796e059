import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ModeShell } from '@/components/layout/ModeShell';
import { Cover } from '@/components/report/Cover';
import { TableOfContents } from '@/components/report/TableOfContents';
import { OneMinuteOverview } from '@/components/summary/OneMinuteOverview';
import { fullWidthPunctuation } from '@/lib/content/chinese-punctuation';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { pageMetadata } from '@/lib/page-metadata';
import { editionFor } from '@/lib/report';
import { routes, type PageMode } from '@/lib/routes';
import styles from './HomeScreen.module.css';

type Props = { params: LocaleParams; mode: PageMode };

export async function homeMetadata({ params, mode }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Home' });
  return pageMetadata(locale, mode, routes.home, {
    title: t('title', { title: fullWidthPunctuation(editionFor(locale).report.title.join('')) }),
    description: t('description'),
  });
}

export async function HomeScreen({ params, mode }: Props) {
  const at = { locale: await pageLocale(params), mode };
  const t = await getTranslations('Home');
  const tSummary = await getTranslations('Summary');
  return (
    <ModeShell at={at}>
      <Cover
        actions={
          <div className={styles.actions}>
            <a className={styles.primary} href={routes.section(at, editionFor(at.locale).report.introduction.id)}>
              {t('startReading')}
            </a>
            <a className={styles.secondary} href={routes.wholeReport(at)}>
              {t('readWhole')}
            </a>
          </div>
        }
      />
      <OneMinuteOverview at={at} />
      <TableOfContents at={at} />
      <p>
        <a className={styles.secondary} href={routes.glossary(at)}>
          {tSummary('glossaryLink')}
        </a>
      </p>
    </ModeShell>
  );
}
