import { LibraryScreen, libraryMetadata } from '@/components/screens/LibraryScreen';
import { type SiteParams, sitePage } from '@/lib/page-params';

type Props = { params: SiteParams };

export const generateMetadata = async ({ params }: Props) => libraryMetadata(await sitePage(params, 'standard'));

export default async function Page({ params }: Props) {
  return <LibraryScreen {...await sitePage(params, 'standard')} />;
}
