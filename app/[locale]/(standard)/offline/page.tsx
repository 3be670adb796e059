import { OfflineScreen, offlineMetadata } from '@/components/screens/OfflineScreen';
import { type SiteParams, sitePage } from '@/lib/page-params';

type Props = { params: SiteParams };

export const generateMetadata = async ({ params }: Props) => offlineMetadata(await sitePage(params, 'standard'));

export default async function Page({ params }: Props) {
  return <OfflineScreen {...await sitePage(params, 'standard')} />;
}
