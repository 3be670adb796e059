'use client';

import { usePathname } from 'next/navigation';
import type { Locale } from '@/lib/i18n/routing';

type Props = { current: Locale; label: string; accessibleLabel: string; className?: string };

/** Links to the same page in the other interface language; the pathname is known at prerender, so it works without JS. */
export function LanguageLink({ current, label, accessibleLabel, className }: Props) {
  const pathname = usePathname() ?? `/${current}`;
  const other: Locale = current === 'zh-CN' ? 'en' : 'zh-CN';
  const href = pathname.replace(/^\/(zh-CN|en)(?=\/|$)/, `/${other}`);
  return (
    <a className={className} href={href} hrefLang={other} lang={other} aria-label={accessibleLabel}>
      {label}
    </a>
  );
}
