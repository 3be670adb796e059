import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ModeShell } from '@/components/layout/ModeShell';
import { ReadAloudLauncher } from '@/components/read-aloud/ReadAloudLauncher';
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

export async function WholeReportScreen({ params, mode }: Props) {
  const at = { locale: await pageLocale(params), mode };
  return (
    <ModeShell at={at} readAloud={<ReadAloudLauncher scope="whole" />}>
      <WholeReport />
    </ModeShell>
  );
}
