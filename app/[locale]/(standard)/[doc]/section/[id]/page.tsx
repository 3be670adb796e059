import { SectionScreen, sectionMetadata } from '@/components/screens/SectionScreen';
import { type SectionParams, sectionPage, sectionStaticParams } from '@/lib/page-params';

type Props = { params: SectionParams };

export const dynamicParams = false;
export const generateStaticParams = sectionStaticParams;
export const generateMetadata = async ({ params }: Props) => sectionMetadata(await sectionPage(params, 'standard'));

export default async function Page({ params }: Props) {
  return <SectionScreen {...await sectionPage(params, 'standard')} />;
}
