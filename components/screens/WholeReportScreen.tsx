import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { WholeReport } from '@/components/report/WholeReport';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { pageMetadata } from '@/lib/page-metadata';
import { routes, type PageMode } from '@/lib/routes';

type Props = { params: LocaleParams; mode: PageMode };

export async function wholeReportMetadata({ params, mode }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Report' });
  return pageMetadata(locale, mode, routes.wholeReport, {
    title: t('wholeTitle'),
    description: t('wholeDescription'),
  });
}

export async function WholeReportScreen({ params }: Props) {
  await pageLocale(params);
  return <WholeReport />;
}
