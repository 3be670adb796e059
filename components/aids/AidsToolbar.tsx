'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { useAnnounce } from '@/components/settings/announce';
import { aidConfirmation, type AidName } from '@/lib/aids/confirmations';
import { keyShortcut } from '@/lib/aids/shortcuts';
import { appliedPreferences, applyPreference, resetPreferences } from '@/lib/preferences/client';
import { clearPlaces } from '@/lib/reading-place/places';
import { PREFERENCES, type Preferences } from '@/lib/preferences/definitions';
import { routes, type RouteContext } from '@/lib/routes';
import styles from './AidsToolbar.module.css';

const next = <K extends AidName>(name: K): Preferences[K] => {
  const values = PREFERENCES[name] as readonly Preferences[K][];
  return values[(values.indexOf(appliedPreferences()[name]) + 1) % values.length];
};

// 大鼠标 and 十字线 follow a mouse; on a touch-only device they would do nothing, so they are offered only
// where a fine pointer exists (CSS, on `data-fine-pointer`). Their saved state is kept either way.
const AIDS = [
  { name: 'cursor', finePointer: true },
  { name: 'crosshair', finePointer: true },
  { name: 'ruler', finePointer: false },
  { name: 'captions', finePointer: false },
] as const;

/**
 * The 无障碍 reading aids: on a wide screen, in 适老版 one row of large labelled controls, in 标准版 behind
 * one 无障碍 button; on a phone all of them in the settings panel. Each control shows its state in words
 * (from <html>, so correct from the first paint), has an Alt+Shift+digit shortcut, and every change is
 * confirmed on screen, to screen readers and, when read-aloud is on, aloud.
 */
export function AidsToolbar({ at }: { at: RouteContext }) {
  const t = useTranslations('Aids');
  const [open, setOpen] = useState(false);
  const announce = useAnnounce();
  const panelId = useId();

  function cycle<K extends AidName>(name: K) {
    const value = next(name);
    applyPreference(name, value);
    announce(aidConfirmation(t, name, value));
  }

  const stateLabel = (name: AidName, value: string) =>
    name === 'cursor'
      ? t(`cursorStates.${value as Preferences['cursor']}`)
      : name === 'ruler'
        ? t(`rulerStates.${value as Preferences['ruler']}`)
        : value === 'on'
          ? t('on')
          : t('off');

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
        {AIDS.map(({ name, finePointer }) => (
          <button
            key={name}
            type="button"
            className="control"
            data-fine-pointer={finePointer || undefined}
            aria-keyshortcuts={keyShortcut(name)}
            onClick={() => cycle(name)}
          >
            {t(name)}
            {t('stateSeparator')}
            {PREFERENCES[name].map((value) => (
              <span key={value} className={styles.state} data-state-of={name} data-state={value}>
                {stateLabel(name, value)}
              </span>
            ))}
          </button>
        ))}
        <button
          type="button"
          className={`control ${styles.plain}`}
          data-plain-exit
          aria-keyshortcuts={keyShortcut('plain')}
          onClick={() => cycle('plain')}
        >
          <span className={styles.plainOff}>{t('plain')}</span>
          <span className={styles.plainOn}>{t('plainExit')}</span>
        </button>
        <a className="control" href={routes.help(at)} aria-keyshortcuts={keyShortcut('help')}>
          {t('help')}
        </a>
        <button
          type="button"
          className="control"
          onClick={() => {
            resetPreferences();
            clearPlaces();
            announce(t('announceReset'));
            // 繁體 is a page of its own: back to 简体 means going to the 简体 page.
            if (at.locale === 'zh-Hant') location.assign(location.pathname.replace(/^\/zh-Hant/, '/zh-CN'));
          }}
        >
          {t('resetAll')}
        </button>
      </div>
    </div>
  );
}
