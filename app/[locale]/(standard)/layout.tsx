import type { ReactNode } from 'react';
import { ModeShell } from '@/components/layout/ModeShell';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';

export default async function StandardLayout({ children, params }: { children: ReactNode; params: LocaleParams }) {
  return <ModeShell at={{ locale: await pageLocale(params), mode: 'standard' }}>{children}</ModeShell>;
}
