// 适老版 as its own prerendered URLs: large type without JavaScript, and a link a family member can share.
import { LibraryScreen, libraryMetadata } from '@/components/screens/LibraryScreen';
import { type SiteParams, sitePage } from '@/lib/page-params';

type Props = { params: SiteParams };

export const generateMetadata = async ({ params }: Props) => libraryMetadata(await sitePage(params, 'large'));

export default async function Page({ params }: Props) {
  return <LibraryScreen {...await sitePage(params, 'large')} />;
}
