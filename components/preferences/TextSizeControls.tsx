'use client';

import { useTranslations } from 'next-intl';
import { useAnnounce } from '@/components/settings/announce';
import { appliedPreferences, applyPreference } from '@/lib/preferences/client';
import { PREFERENCES } from '@/lib/preferences/definitions';
import { keyShortcut } from '@/lib/aids/shortcuts';
import styles from './PreferencesToolbar.module.css';

const steps = PREFERENCES.size;
const total = steps.length;

/** 放大 / 缩小 / 重置 across five steps up to 200 % of the mode's base size (WCAG 1.4.4). */
export function TextSizeControls() {
  const t = useTranslations('Preferences');
  const announce = useAnnounce();

  function change(delta: -1 | 0 | 1) {
    const index = steps.indexOf(appliedPreferences().size);
    const next = delta === 0 ? 0 : Math.min(total - 1, Math.max(0, index + delta));
    if (delta !== 0 && next === index) {
      announce(delta > 0 ? t('announceMax', { total }) : t('announceMin'));
      return;
    }
    applyPreference('size', steps[next]);
    const step = next + 1;
    announce(
      delta > 0 ? t('announceLarger', { step, total }) : delta < 0 ? t('announceSmaller', { step, total }) : t('announceReset', { total }),
    );
  }

  return (
    <div className={`${styles.group} needs-js`} role="group" aria-label={t('textSizeGroup')}>
      <button type="button" className="control" aria-keyshortcuts={keyShortcut('larger')} onClick={() => change(1)}>
        {t('larger')}
      </button>
      <button type="button" className="control" aria-keyshortcuts={keyShortcut('smaller')} onClick={() => change(-1)}>
        {t('smaller')}
      </button>
      <button type="button" className="control" onClick={() => change(0)}>
        {t('reset')}
      </button>
    </div>
  );
}
