import { WholeReportScreen, wholeReportMetadata } from '@/components/screens/WholeReportScreen';
import type { LocaleParams } from '@/lib/i18n/page-locale';

type Props = { params: LocaleParams };

export const generateMetadata = ({ params }: Props) => wholeReportMetadata({ params, mode: 'standard' });

export default function Page({ params }: Props) {
  return <WholeReportScreen params={params} mode="standard" />;
}
