import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ModeShell } from '@/components/layout/ModeShell';
import { ReadAloudLauncher } from '@/components/read-aloud/ReadAloudLauncher';
import { SectionArticle } from '@/components/report/SectionArticle';
import { SectionNav } from '@/components/report/SectionNav';
import { sectionTitle } from '@/components/report/section-title';
import { fullWidthPunctuation } from '@/lib/content/chinese-punctuation';
import { neighbours } from '@/lib/library';
import type { SectionPage } from '@/lib/page-params';
import { pageMetadata } from '@/lib/page-metadata';
import { routes } from '@/lib/routes';

export async function sectionMetadata({ at, edition, section }: SectionPage): Promise<Metadata> {
  const t = await getTranslations({ locale: at.locale, namespace: 'Report' });
  const heading = sectionTitle(section, t('introduction'));
  return pageMetadata(at, (context) => routes.section({ ...context, doc: at.doc }, section.id), {
    title: heading,
    description: t('sectionDescription', { heading, title: fullWidthPunctuation(edition.report.title.join('')) }),
  });
}

export function SectionScreen({ at, edition, section }: SectionPage) {
  // 连读 goes on to the next section of this document and stops at its end.
  const { next } = neighbours(edition.report, section.id);
  return (
    <ModeShell at={at} readAloud={<ReadAloudLauncher scope="section" nextHref={next && routes.section(at, next.id)} />}>
      <SectionArticle edition={edition} section={section} />
      <SectionNav at={at} edition={edition} section={section} />
    </ModeShell>
  );
}
