'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { confirmAloud } from '@/lib/aids/confirm-aloud';
import type { PageMode } from '@/lib/routes';
import { ModeSwitch } from './ModeSwitch';
import { TextSizeControls } from './TextSizeControls';
import { ThemePicker } from './ThemePicker';
import styles from './PreferencesToolbar.module.css';

/**
 * 适老版, text size and colours at the top of every page. On a wide screen every control is in view;
 * on a phone the size and colour controls fold behind one labelled button, so that at 200 % the first
 * screen still shows the text. Every change is confirmed in words on screen and, through
 * role="status", to screen readers (WCAG 4.1.3).
 */
export function PreferencesToolbar({ routeMode }: { routeMode: PageMode }) {
  const t = useTranslations('Preferences');
  const [message, setMessage] = useState('');
  const [open, setOpen] = useState(false);
  const moreId = useId();
  const announce = (text: string) => {
    setMessage(text);
    confirmAloud(text);
  };
  return (
    <div className={styles.toolbar} data-plain-hidden>
      <div className={styles.controls} role="group" aria-label={t('toolbarLabel')}>
        <ModeSwitch routeMode={routeMode} announce={announce} />
        <button
          type="button"
          className={`control ${styles.moreToggle} ${styles.needsJs}`}
          aria-expanded={open}
          aria-controls={moreId}
          onClick={() => setOpen(!open)}
        >
          {t('moreButton')}
        </button>
        <div id={moreId} className={styles.more} hidden={!open}>
          <TextSizeControls announce={announce} />
          <ThemePicker announce={announce} />
        </div>
      </div>
      <p className="control-status" role="status">
        {message}
      </p>
    </div>
  );
}
