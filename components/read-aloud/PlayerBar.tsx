'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react';
import { applyPreference, appliedPreferences, savedVoice, saveVoice } from '@/lib/preferences/client';
import { PREFERENCES, type Preferences } from '@/lib/preferences/definitions';
import { confirmAloud } from '@/lib/aids/confirm-aloud';
import { keyShortcut } from '@/lib/aids/shortcuts';
import type { ReadAloudController } from '@/lib/speech/read-aloud-controller';
import { chooseEngine, engineKind, switchEngine, systemEngine, type EngineKind } from '@/lib/read-aloud/session';
import { chineseVoices } from '@/lib/speech/web-speech-engine';
import type { EngineVoice } from '@/lib/speech/engine';
import styles from './ReadAloud.module.css';

type Props = { controller: ReadAloudController; onClose: () => void };

// 指读 and 连读: on/off preferences, each confirmed in words when it changes.
const TOGGLES = [
  { name: 'point', label: 'pointRead', on: 'pointOn', off: 'pointOff' },
  { name: 'continue', label: 'continueNext', on: 'continueOn', off: 'continueOff' },
] as const;

/**
 * The player: fixed at the bottom, so it is always in reach, while the page keeps room below the text
 * for it (the sentence being read is scrolled above it). Large labelled buttons, all keyboard-operable.
 */
export default function PlayerBar({ controller, onClose }: Props) {
  const t = useTranslations('ReadAloud');
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
  const [voices, setVoices] = useState<EngineVoice[] | null>(null);
  const [notice, setNotice] = useState('');
  const [prefs, setPrefs] = useState<Preferences>(appliedPreferences);
  const [moreOpen, setMoreOpen] = useState(false);
  const [source, setSource] = useState<EngineKind>(engineKind);
  const moreId = useId();
  const systemAvailable = systemEngine().isAvailable();

  // A Chinese system voice when there is one, otherwise the offline recordings (the voice list fills late).
  useEffect(() => {
    let live = true;
    void systemEngine()
      .voices()
      .then((list) => {
        if (!live) return;
        const chinese = chineseVoices(list);
        setVoices(chinese);
        // The listener's last choice, else the best local zh-CN voice (the list is sorted that way).
        const preferred = chinese.find((v) => v.id === savedVoice()) ?? chinese[0];
        if (preferred && !controller.getState().voiceId) controller.setVoice(preferred.id, { restart: false });
      });
    void chooseEngine().then((kind) => live && setSource(kind));
    return () => {
      live = false;
    };
  }, [controller]);

  // Leave room under the text for the bar, so it never hides what is being read (WCAG 2.4.11).
  useEffect(() => {
    const bar = document.querySelector<HTMLElement>('[data-player-bar]');
    if (!bar) return;
    const observer = new ResizeObserver(() =>
      document.documentElement.style.setProperty('--player-height', `${bar.offsetHeight}px`),
    );
    observer.observe(bar);
    return () => {
      observer.disconnect();
      document.documentElement.style.removeProperty('--player-height');
    };
  }, []);

  const position = useMemo(() => {
    const { queue, index } = state;
    const blocks = [...new Set(queue.map((item) => item.blockId))];
    const current = queue[index];
    const inBlock = queue.filter((item) => item.blockId === current?.blockId);
    const section = current && document.getElementById(current.blockId)?.closest('[data-section-title]');
    return {
      section: section?.getAttribute('data-section-title') ?? document.title,
      block: blocks.indexOf(current?.blockId ?? '') + 1,
      blocks: blocks.length,
      sentence: inBlock.indexOf(current!) + 1,
      sentences: inBlock.length,
    };
  }, [state]);

  const playing = state.status === 'speaking' || state.status === 'starting';
  const errors: Record<string, string> = {
    unavailable: t('unavailable'),
    'no-audio': t('noAudio'),
    'not-allowed': t('notAllowed'),
  };
  const message =
    state.status === 'error'
      ? (errors[state.error ?? ''] ?? t('failed', { sentence: state.index + 1 }))
      : state.status === 'speaking'
        ? t('speaking', position)
        : state.status === 'paused'
          ? t('paused', position)
          : t(state.status);
  // Android's list names languages, not voices, and is unreliable: no picker there.
  const showVoicePicker = voices && voices.length > 1 && !/Android/i.test(navigator.userAgent);

  function setPreference<K extends 'rate' | (typeof TOGGLES)[number]['name']>(name: K, value: Preferences[K], said: string) {
    setPrefs(applyPreference(name, value));
    setNotice(said);
    confirmAloud(said);
  }

  function chooseSource(kind: EngineKind) {
    switchEngine(kind);
    setSource(kind);
  }

  function close() {
    controller.stop();
    onClose();
  }

  return (
    <section className={styles.bar} data-player-bar aria-label={t('player')}>
      <p className={`control-status ${styles.message}`} role="status">
        {message}
        {source === 'audio' && state.status !== 'error' && <> {t('usingAudio')}</>}
        {source === 'system' && voices?.length === 0 && state.status !== 'error' && <> {t('noChineseVoice')}</>}
        {state.skipped.length > 0 && <> {t('skipped', { count: state.skipped.length })}</>}
        {notice && <> {notice}</>}
      </p>
      <div className={styles.controls}>
        {playing ? (
          <button type="button" className="control control-primary" aria-keyshortcuts={keyShortcut('read')} onClick={() => controller.pause()}>
            {t('pause')}
          </button>
        ) : (
          <button
            type="button"
            className="control control-primary"
            aria-keyshortcuts={keyShortcut('read')}
            onClick={() => (state.status === 'ended' || state.status === 'idle' ? controller.play(0) : controller.resume())}
          >
            {t('resume')}
          </button>
        )}
        <button type="button" className="control" onClick={() => controller.previous()}>
          {t('previousSentence')}
        </button>
        <button type="button" className="control" onClick={() => controller.next()}>
          {t('nextSentence')}
        </button>
        <button type="button" className="control" onClick={() => controller.stop()}>
          {t('stop')}
        </button>
        <button
          type="button"
          className="control"
          aria-expanded={moreOpen}
          aria-controls={moreId}
          onClick={() => setMoreOpen(!moreOpen)}
        >
          {t('more')}
        </button>
        <button type="button" className="control" onClick={close}>
          {t('close')}
        </button>
      </div>
      <div id={moreId} className={styles.more} hidden={!moreOpen}>
        <button type="button" className="control" onClick={() => controller.previousBlock()}>
          {t('previousParagraph')}
        </button>
        <button type="button" className="control" onClick={() => controller.nextBlock()}>
          {t('nextParagraph')}
        </button>
        <label className={styles.field}>
          <span>{t('rate')}</span>
          <select
            className="control"
            value={prefs.rate}
            onChange={(event) => {
              const rate = event.target.value as Preferences['rate'];
              controller.setRate(Number(rate));
              setPreference('rate', rate, t('rateChanged', { rate }));
            }}
          >
            {PREFERENCES.rate.map((rate) => (
              <option key={rate} value={rate}>
                {t('rateValue', { rate })}
              </option>
            ))}
          </select>
        </label>
        {systemAvailable && (
          <div role="group" aria-label={t('source')} className={styles.field}>
            <span aria-hidden="true">{t('source')}</span>
            {(['system', 'audio'] as const).map((kind) => (
              <button
                key={kind}
                type="button"
                className="control"
                aria-pressed={source === kind}
                onClick={() => chooseSource(kind)}
              >
                {kind === 'system' ? t('sourceSystem') : t('sourceAudio')}
              </button>
            ))}
          </div>
        )}
        {source === 'system' && showVoicePicker && (
          <label className={styles.field}>
            <span>{t('voice')}</span>
            <select
              className="control"
              value={state.voiceId ?? ''}
              onChange={(event) => {
                controller.setVoice(event.target.value);
                saveVoice(event.target.value);
              }}
            >
              {voices.map((voice) => (
                <option key={voice.id} value={voice.id}>
                  {voice.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {TOGGLES.map(({ name, label, on, off }) => (
          <button
            key={name}
            type="button"
            className="control"
            aria-pressed={prefs[name] === 'on'}
            onClick={() => (prefs[name] === 'on' ? setPreference(name, 'off', t(off)) : setPreference(name, 'on', t(on)))}
          >
            {t(label)}
          </button>
        ))}
      </div>
    </section>
  );
}
