import { HelpScreen, helpMetadata } from '@/components/screens/HelpScreen';
import type { LocaleParams } from '@/lib/i18n/page-locale';

type Props = { params: LocaleParams };

export const generateMetadata = ({ params }: Props) => helpMetadata({ params, mode: 'standard' });

export default function Page({ params }: Props) {
  return <HelpScreen params={params} mode="standard" />;
}
