'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useState } from 'react';
import { useAnnounce } from '@/components/settings/announce';
import { appliedPreferences, applyPreference } from '@/lib/preferences/client';
import { PREFERENCES, type Preferences } from '@/lib/preferences/definitions';
import styles from './PreferencesToolbar.module.css';

/**
 * 配色. On a wide screen a disclosure that pushes the page down rather than covering it, so it stays usable
 * when zoomed; in the phone's settings panel the choices show at once, one tap away. Each choice is drawn
 * in its own colours, so the reader sees what they will get.
 */
export function ThemePicker() {
  const t = useTranslations('Preferences');
  const announce = useAnnounce();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [current, setCurrent] = useState<Preferences['theme'] | null>(null);

  useEffect(() => setCurrent(appliedPreferences().theme), []);

  function choose(theme: Preferences['theme']) {
    applyPreference('theme', theme);
    setCurrent(theme);
    announce(t('announceTheme', { name: t(`themes.${theme}`) }));
  }

  return (
    <div className={`${styles.themes} needs-js`}>
      <button
        type="button"
        className={`control ${styles.themeToggle}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
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
