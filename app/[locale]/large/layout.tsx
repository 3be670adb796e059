import type { ReactNode } from 'react';
import { ModeShell } from '@/components/layout/ModeShell';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';

// 适老版 as its own prerendered URLs: large type without JavaScript, and a link a family member can share.
export default async function LargeLayout({ children, params }: { children: ReactNode; params: LocaleParams }) {
  return <ModeShell at={{ locale: await pageLocale(params), mode: 'large' }}>{children}</ModeShell>;
}
