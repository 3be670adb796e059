'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { PageMode } from '@/lib/routes';
import { ModeSwitch } from './ModeSwitch';
import { TextSizeControls } from './TextSizeControls';
import { ThemePicker } from './ThemePicker';
import styles from './PreferencesToolbar.module.css';

/**
 * 适老版, text size and colours, always in view at the top of every page. Every change is confirmed
 * in words on screen and, through role="status", to screen readers (WCAG 4.1.3).
 */
export function PreferencesToolbar({ routeMode }: { routeMode: PageMode }) {
  const t = useTranslations('Preferences');
  const [message, setMessage] = useState('');
  return (
    <div className={styles.toolbar}>
      <div className={styles.controls} role="group" aria-label={t('toolbarLabel')}>
        <ModeSwitch routeMode={routeMode} announce={setMessage} />
        <TextSizeControls announce={setMessage} />
        <ThemePicker announce={setMessage} />
      </div>
      <p className={styles.status} role="status">
        {message}
      </p>
    </div>
  );
}
