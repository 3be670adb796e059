import { WholeDocumentScreen, wholeDocumentMetadata } from '@/components/screens/WholeDocumentScreen';
import { type DocumentParams, documentPage, documentStaticParams } from '@/lib/page-params';

type Props = { params: DocumentParams };

export const dynamicParams = false;
export const generateStaticParams = documentStaticParams;
export const generateMetadata = async ({ params }: Props) => wholeDocumentMetadata(await documentPage(params, 'standard'));

export default async function Page({ params }: Props) {
  return <WholeDocumentScreen {...await documentPage(params, 'standard')} />;
}
