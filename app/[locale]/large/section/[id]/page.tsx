import { SectionScreen, sectionMetadata, sectionStaticParams } from '@/components/screens/SectionScreen';

type Props = { params: Promise<{ locale: string; id: string }> };

export const dynamicParams = false;
export const generateStaticParams = sectionStaticParams;
export const generateMetadata = ({ params }: Props) => sectionMetadata({ params, mode: 'large' });

export default function Page({ params }: Props) {
  return <SectionScreen params={params} mode="large" />;
}
