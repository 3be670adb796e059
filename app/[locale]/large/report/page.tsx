import { WholeReportScreen, wholeReportMetadata } from '@/components/screens/WholeReportScreen';
import type { LocaleParams } from '@/lib/i18n/page-locale';

type Props = { params: LocaleParams };

export const generateMetadata = ({ params }: Props) => wholeReportMetadata({ params, mode: 'large' });

export default function Page({ params }: Props) {
  return <WholeReportScreen params={params} mode="large" />;
}
