import { SearchScreen, searchMetadata } from '@/components/screens/SearchScreen';
import { type SiteParams, sitePage } from '@/lib/page-params';

type Props = { params: SiteParams };

export const generateMetadata = async ({ params }: Props) => searchMetadata(await sitePage(params, 'large'));

export default async function Page({ params }: Props) {
  return <SearchScreen {...await sitePage(params, 'large')} />;
}
