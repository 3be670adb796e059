import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ModeShell } from '@/components/layout/ModeShell';
import { ReadAloudLauncher } from '@/components/read-aloud/ReadAloudLauncher';
import { SectionArticle } from '@/components/report/SectionArticle';
import { SectionNav } from '@/components/report/SectionNav';
import { sectionTitle } from '@/components/report/section-title';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { routing } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/page-metadata';
import { editionFor, findSection, neighbours, sectionIds } from '@/lib/report';
import { routes, type PageMode } from '@/lib/routes';

type Props = { params: Promise<{ locale: string; id: string }>; mode: PageMode };

export function sectionStaticParams() {
  return routing.locales.flatMap((locale) => sectionIds.map((id) => ({ locale, id })));
}

async function resolve(params: Props['params']) {
  const locale = await pageLocale(params as LocaleParams);
  const edition = editionFor(locale);
  const section = findSection(edition, (await params).id);
  if (!section) notFound();
  return { locale, section, edition };
}

export async function sectionMetadata({ params, mode }: Props): Promise<Metadata> {
  const { locale, section } = await resolve(params);
  const t = await getTranslations({ locale, namespace: 'Report' });
  const heading = sectionTitle(section, t('introduction'));
  return pageMetadata(locale, mode, (at) => routes.section(at, section.id), {
    title: heading,
    description: t('sectionDescription', { heading }),
  });
}

export async function SectionScreen({ params, mode }: Props) {
  const { locale, section, edition } = await resolve(params);
  const at = { locale, mode };
  const { next } = neighbours(edition, section.id);
  return (
    <ModeShell at={at} readAloud={<ReadAloudLauncher scope="section" nextHref={next && routes.section(at, next.id)} />}>
      <SectionArticle section={section} />
      <SectionNav at={at} sectionId={section.id} />
    </ModeShell>
  );
}
