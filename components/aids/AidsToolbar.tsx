'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useId, useState } from 'react';
import { appliedPreferences, applyPreference, resetPreferences } from '@/lib/preferences/client';
import { PREFERENCES, type Preferences } from '@/lib/preferences/definitions';
import { routes, type RouteContext } from '@/lib/routes';
import styles from './AidsToolbar.module.css';

type Cycled = 'cursor' | 'crosshair' | 'ruler' | 'plain' | 'captions';

const next = <K extends Cycled>(name: K): Preferences[K] => {
  const values = PREFERENCES[name] as readonly Preferences[K][];
  return values[(values.indexOf(appliedPreferences()[name]) + 1) % values.length];
};

/**
 * The 无障碍 reading aids: in 适老版 one row of large labelled controls, in 标准版 behind one 无障碍
 * button. Each control shows its state in words (from <html>, so correct from the first paint) and
 * every change is confirmed on screen and to screen readers.
 */
export function AidsToolbar({ at }: { at: RouteContext }) {
  const t = useTranslations('Aids');
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const panelId = useId();

  function cycle<K extends Cycled>(name: K) {
    const value = next(name);
    applyPreference(name, value);
    const onOff = value === 'off' ? t('closed') : t('opened');
    setMessage(
      name === 'cursor'
        ? t('announceCursor', { state: t(`cursorStates.${value as Preferences['cursor']}`) })
        : name === 'ruler'
          ? t('announceRuler', { state: t(`rulerStates.${value as Preferences['ruler']}`) })
          : name === 'crosshair'
            ? t('announceCrosshair', { state: onOff })
            : name === 'captions'
              ? t('announceCaptions', { state: onOff })
              : t('announcePlain', { state: onOff }),
    );
  }

  const states = (name: Cycled, label: (value: string) => string) =>
    PREFERENCES[name].map((value) => (
      <span key={value} className={styles.state} data-state-of={name} data-state={value}>
        {label(value)}
      </span>
    ));

  return (
    <div className={styles.aids}>
      <button
        type="button"
        className={`control ${styles.toggle}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {t('open')}
      </button>
      <div id={panelId} className={styles.panel} hidden={!open} role="group" aria-label={t('toolbarLabel')}>
        <button type="button" className="control" onClick={() => cycle('cursor')}>
          {t('cursor')}：{states('cursor', (v) => t(`cursorStates.${v as Preferences['cursor']}`))}
        </button>
        <button type="button" className="control" onClick={() => cycle('crosshair')}>
          {t('crosshair')}：{states('crosshair', (v) => (v === 'on' ? t('on') : t('off')))}
        </button>
        <button type="button" className="control" onClick={() => cycle('ruler')}>
          {t('ruler')}：{states('ruler', (v) => t(`rulerStates.${v as Preferences['ruler']}`))}
        </button>
        <button type="button" className="control" onClick={() => cycle('captions')}>
          {t('captions')}：{states('captions', (v) => (v === 'on' ? t('on') : t('off')))}
        </button>
        <button type="button" className={`control ${styles.plain}`} data-plain-exit onClick={() => cycle('plain')}>
          <span className={styles.plainOff}>{t('plain')}</span>
          <span className={styles.plainOn}>{t('plainExit')}</span>
        </button>
        <Link className="control" href={routes.help(at)}>
          {t('help')}
        </Link>
        <button
          type="button"
          className="control"
          onClick={() => {
            resetPreferences();
            setMessage(t('announceReset'));
          }}
        >
          {t('resetAll')}
        </button>
      </div>
      <p className="control-status" role="status">
        {message}
      </p>
    </div>
  );
}
