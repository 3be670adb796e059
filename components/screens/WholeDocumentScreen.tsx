import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ModeShell } from '@/components/layout/ModeShell';
import { ReadAloudLauncher } from '@/components/read-aloud/ReadAloudLauncher';
import { PlaceKeeper } from '@/components/resume/PlaceKeeper';
import { WholeDocument } from '@/components/report/WholeDocument';
import { PageActions } from '@/components/share/PageActions';
import { fullWidthPunctuation } from '@/lib/content/chinese-punctuation';
import { documentCard } from '@/lib/document-card';
import type { DocumentPage } from '@/lib/page-params';
import { pageMetadata } from '@/lib/page-metadata';
import { routes } from '@/lib/routes';

export async function wholeDocumentMetadata({ at, edition }: DocumentPage): Promise<Metadata> {
  const t = await getTranslations({ locale: at.locale, namespace: 'Report' });
  return pageMetadata(at, (context) => routes.whole({ ...context, doc: at.doc }), {
    title: t('wholeTitle'),
    description: t('wholeDescription', { title: fullWidthPunctuation(edition.report.title.join('')) }),
    card: documentCard({ at, edition }),
  });
}

export function WholeDocumentScreen({ at, edition }: DocumentPage) {
  return (
    <ModeShell at={at} path={routes.whole(at)} readAloud={<ReadAloudLauncher scope="whole" />}>
      <WholeDocument edition={edition} coverActions={<PageActions path={routes.whole(at)} />} />
      <PlaceKeeper doc={at.doc} />
    </ModeShell>
  );
}
