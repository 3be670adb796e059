import { HelpScreen, helpMetadata } from '@/components/screens/HelpScreen';
import { type SiteParams, sitePage } from '@/lib/page-params';

type Props = { params: SiteParams };

export const generateMetadata = async ({ params }: Props) => helpMetadata(await sitePage(params, 'standard'));

export default async function Page({ params }: Props) {
  return <HelpScreen {...await sitePage(params, 'standard')} />;
}
