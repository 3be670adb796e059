'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { appliedPreferences, applyPreference } from '@/lib/preferences/client';
import { PREFERENCES, type Preferences } from '@/lib/preferences/definitions';
import styles from './PreferencesToolbar.module.css';

/**
 * 配色: a disclosure that pushes the page down rather than covering it, so it stays usable when zoomed.
 * Each choice is drawn in its own colours, so the reader sees what they will get.
 */
export function ThemePicker({ announce }: { announce: (message: string) => void }) {
  const t = useTranslations('Preferences');
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [current, setCurrent] = useState<Preferences['theme'] | null>(null);

  function toggle() {
    setCurrent(appliedPreferences().theme);
    setOpen(!open);
  }

  function choose(theme: Preferences['theme']) {
    applyPreference('theme', theme);
    setCurrent(theme);
    announce(t('announceTheme', { name: t(`themes.${theme}`) }));
  }

  return (
    <div className={styles.needsJs}>
      <button type="button" className="control" aria-expanded={open} aria-controls={panelId} onClick={toggle}>
        {t('themeButton')}
      </button>
      <div id={panelId} hidden={!open} className={styles.panel} role="group" aria-label={t('themeGroup')}>
        {PREFERENCES.theme.map((theme) => (
          <button
            key={theme}
            type="button"
            className={`control ${styles.swatch}`}
            data-theme-preview={theme}
            aria-pressed={current === theme}
            onClick={() => choose(theme)}
          >
            {t(`themes.${theme}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
