'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { confirmAloud } from '@/lib/aids/confirm-aloud';
import { AnnounceContext } from './announce';
import styles from './SettingsPanel.module.css';

/**
 * 设置: on a phone every control but 朗读 sits behind this one button, so the first screen shows the text,
 * not a wall of buttons; the panel opens below the header, pushing the page down rather than covering it,
 * and closes with Esc or its own button, returning focus to 设置. On a wide screen the same controls are
 * always shown as the toolbar and the button is not needed (CSS decides, so nothing moves at first paint).
 */
type Props = {
  /** What shares the header's row with 设置 (朗读), kept beside it when the row wraps. */
  beside?: ReactNode;
  children: ReactNode;
};

export function SettingsPanel({ beside, children }: Props) {
  const t = useTranslations('Settings');
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  const announce = useCallback((text: string) => {
    setMessage(text);
    confirmAloud(text);
  }, []);

  function close() {
    setOpen(false);
    toggle.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && open) close();
  }

  return (
    <AnnounceContext.Provider value={announce}>
      <div className={styles.actions}>
        {beside}
        <button
          ref={toggle}
          type="button"
          className={`control ${styles.toggle}`}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
          onKeyDown={onKeyDown}
        >
          {t('open')}
        </button>
      </div>
      <div id={panelId} className={styles.panel} data-open={open || undefined} onKeyDown={onKeyDown}>
        {children}
        <button type="button" className={`control control-primary ${styles.close}`} onClick={close}>
          {t('close')}
        </button>
      </div>
      <p className={`control-status ${styles.status}`} role="status">
        {message}
      </p>
    </AnnounceContext.Provider>
  );
}
