import { CoverScreen, coverMetadata } from '@/components/screens/CoverScreen';
import { type DocumentParams, documentPage, documentStaticParams } from '@/lib/page-params';

type Props = { params: DocumentParams };

export const dynamicParams = false;
export const generateStaticParams = documentStaticParams;
export const generateMetadata = async ({ params }: Props) => coverMetadata(await documentPage(params, 'large'));

export default async function Page({ params }: Props) {
  return <CoverScreen {...await documentPage(params, 'large')} />;
}
