import { GlossaryScreen, glossaryMetadata } from '@/components/screens/GlossaryScreen';
import type { LocaleParams } from '@/lib/i18n/page-locale';

type Props = { params: LocaleParams };

export const generateMetadata = ({ params }: Props) => glossaryMetadata({ params, mode: 'standard' });

export default function Page({ params }: Props) {
  return <GlossaryScreen params={params} mode="standard" />;
}
