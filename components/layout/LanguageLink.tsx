'use client';

import { usePathname } from 'next/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { applyPreference } from '@/lib/preferences/client';

type Props = { to: Locale; label: string; accessibleLabel: string; className?: string };

/**
 * The same page in another interface language or script; the pathname is known at prerender, so it works
 * without JS. 简体 ⇄ 繁體 is also remembered, so the reader's next 简体 link opens in 繁體.
 */
export function LanguageLink({ to, label, accessibleLabel, className }: Props) {
  const pathname = usePathname() ?? '/';
  const href = pathname.replace(/^\/(zh-CN|zh-Hant|en)(?=\/|$)/, `/${to}`);
  const remember = () => {
    if (to !== 'en') applyPreference('hanzi', to === 'zh-Hant' ? 'traditional' : 'simplified');
  };
  return (
    <a className={className} href={href} hrefLang={to} lang={to} aria-label={accessibleLabel} onClick={remember}>
      {label}
    </a>
  );
}
