import { HomeScreen, homeMetadata } from '@/components/screens/HomeScreen';
import type { LocaleParams } from '@/lib/i18n/page-locale';

type Props = { params: LocaleParams };

export const generateMetadata = ({ params }: Props) => homeMetadata({ params, mode: 'large' });

export default function Page({ params }: Props) {
  return <HomeScreen params={params} mode="large" />;
}
