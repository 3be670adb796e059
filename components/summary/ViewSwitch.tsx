'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { appliedPreferences, applyPreference } from '@/lib/preferences/client';
import { PREFERENCES, type Preferences } from '@/lib/preferences/definitions';
import { watchPreference } from '@/lib/preferences/watch';
import { clearSectionViews } from '@/lib/views/section-views';
import { VIEW_ANNOUNCEMENT } from '@/lib/views/view-announcement';
import styles from './ViewSwitch.module.css';

type View = Preferences['view'];

/**
 * 简明版 ⇄ 原文: the reader's remembered choice, for every section (a section's own switch on the
 * whole-report page is SectionViewSwitch). Which option looks pressed comes from CSS on <html>, so a
 * saved choice shows correctly from the first paint.
 */
export function ViewSwitch() {
  const t = useTranslations('View');
  const [view, setView] = useState<View | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    const show = () => setView(appliedPreferences().view);
    show();
    return watchPreference('view', show);
  }, []);

  function choose(next: View) {
    applyPreference('view', next);
    clearSectionViews();
    setMessage(t(VIEW_ANNOUNCEMENT[next]));
  }

  return (
    <div className={styles.switch} data-print-hidden>
      <div role="group" aria-label={t('label')} className={styles.options}>
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
