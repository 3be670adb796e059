'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { appliedPreferences, applyPreference } from '@/lib/preferences/client';
import { PREFERENCES, type Preferences } from '@/lib/preferences/definitions';
import styles from './ViewSwitch.module.css';

type View = Preferences['view'];
const announcement = { summary: 'announceSummary', both: 'announceBoth', original: 'announceOriginal' } as const;

/**
 * 简明版 ⇄ 原文. Without `sectionId` it sets the reader's remembered preference for every section;
 * with one it changes only that section, in place (on the whole-report page). Which option looks
 * pressed comes from CSS on <html>, so a saved choice shows correctly from the first paint.
 */
export function ViewSwitch({ sectionId }: { sectionId?: string }) {
  const t = useTranslations('View');
  const [view, setView] = useState<View | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => setView(appliedPreferences().view), []);

  function choose(next: View) {
    if (sectionId) {
      document.getElementById(sectionId)?.setAttribute('data-section-view', next);
    } else {
      applyPreference('view', next);
      document.querySelectorAll('[data-section-view]').forEach((el) => el.removeAttribute('data-section-view'));
    }
    setView(next);
    setMessage(t(announcement[next]));
  }

  return (
    <div className={styles.switch} data-print-hidden>
      <div role="group" aria-label={sectionId ? t('sectionLabel') : t('label')} className={styles.options}>
        {PREFERENCES.view.map((option) => (
          <button
            key={option}
            type="button"
            className={`control ${styles.option}`}
            data-value={option}
            aria-pressed={view === null ? undefined : view === option}
            onClick={() => choose(option)}
          >
            {t(option)}
          </button>
        ))}
      </div>
      <p role="status" className="control-status">
        {message}
      </p>
    </div>
  );
}
