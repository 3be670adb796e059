'use client';

import { useTranslations } from 'next-intl';
import { usePathname } from 'next/navigation';
import type { MouseEvent } from 'react';
import { useAnnounce } from '@/components/settings/announce';
import { applyPreference } from '@/lib/preferences/client';
import { keyShortcut } from '@/lib/aids/shortcuts';
import { pathInMode, type PageMode } from '@/lib/routes';
import styles from './PreferencesToolbar.module.css';

/**
 * 标准版 ⇄ 适老版. It is a real link to the page's large-type (or standard) URL, so it works without
 * JavaScript and can be shared; with JavaScript it switches in place and remembers the choice.
 * Both labels are rendered and CSS shows the one for the mode in effect, so the label never flashes.
 */
export function ModeSwitch({ routeMode }: { routeMode: PageMode }) {
  const t = useTranslations('Preferences');
  const announce = useAnnounce();
  const pathname = usePathname() ?? '/';
  const target: PageMode = routeMode === 'large' ? 'standard' : 'large';

  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    const current = document.documentElement.dataset.mode === 'large' ? 'large' : 'standard';
    const next: PageMode = current === 'large' ? 'standard' : 'large';
    applyPreference('mode', next);
    // On a large-type URL the URL itself holds the mode, so leave it for the standard one.
    if (routeMode === 'large') return;
    event.preventDefault();
    announce(next === 'large' ? t('announceLarge') : t('announceStandard'));
  }

  return (
    <a
      className="control control-primary"
      href={pathInMode(pathname, target)}
      aria-keyshortcuts={keyShortcut('mode')}
      onClick={onClick}
    >
      <span className={styles.whenStandard}>{t('toLarge')}</span>
      <span className={styles.whenLarge}>{t('toStandard')}</span>
    </a>
  );
}
