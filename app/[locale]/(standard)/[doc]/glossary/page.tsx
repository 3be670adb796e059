import { GlossaryScreen, glossaryMetadata } from '@/components/screens/GlossaryScreen';
import { type DocumentParams, documentPage, documentStaticParams } from '@/lib/page-params';

type Props = { params: DocumentParams };

export const dynamicParams = false;
export const generateStaticParams = documentStaticParams;
export const generateMetadata = async ({ params }: Props) => glossaryMetadata(await documentPage(params, 'standard'));

export default async function Page({ params }: Props) {
  return <GlossaryScreen {...await documentPage(params, 'standard')} />;
}
