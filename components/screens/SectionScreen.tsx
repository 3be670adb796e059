import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ModeShell } from '@/components/layout/ModeShell';
import { ReadAloudLauncher } from '@/components/read-aloud/ReadAloudLauncher';
import { SectionArticle } from '@/components/report/SectionArticle';
import { SectionNav } from '@/components/report/SectionNav';
import { PlaceKeeper } from '@/components/resume/PlaceKeeper';
import { PageActions } from '@/components/share/PageActions';
import { sectionTitle } from '@/components/report/section-title';
import { fullWidthPunctuation } from '@/lib/content/chinese-punctuation';
import { neighbours } from '@/lib/library';
import { documentCard } from '@/lib/document-card';
import type { SectionPage } from '@/lib/page-params';
import { pageMetadata } from '@/lib/page-metadata';
import { routes } from '@/lib/routes';

export async function sectionMetadata({ at, edition, section }: SectionPage): Promise<Metadata> {
  const t = await getTranslations({ locale: at.locale, namespace: 'Report' });
  const heading = sectionTitle(section, t('introduction'));
  // A shared section says in one plain sentence what it is about: its summary's headline, where it has one.
  const headline = edition.summaries.get(section.id)?.[at.locale === 'en' ? 'en' : 'zh'].headline;
  return pageMetadata(at, (context) => routes.section({ ...context, doc: at.doc }, section.id), {
    title: heading,
    description: headline
      ? fullWidthPunctuation(headline)
      : t('sectionDescription', { heading, title: fullWidthPunctuation(edition.report.title.join('')) }),
    card: documentCard({ at, edition }),
  });
}

export async function SectionScreen({ at, edition, section }: SectionPage) {
  const t = await getTranslations('Report');
  // 连读 goes on to the next section of this document and stops at its end.
  const { next } = neighbours(edition.report, section.id);
  const path = routes.section(at, section.id);
  return (
    <ModeShell at={at} path={path} readAloud={<ReadAloudLauncher scope="section" nextHref={next && routes.section(at, next.id)} />}>
      <SectionArticle edition={edition} section={section} />
      <PlaceKeeper doc={at.doc} />
      <PageActions path={path} shareTitle={sectionTitle(section, t('introduction'))} />
      <SectionNav at={at} edition={edition} section={section} />
    </ModeShell>
  );
}
