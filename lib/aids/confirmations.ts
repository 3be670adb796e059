import type { useTranslations } from 'next-intl';
import { PREFERENCES, type Preferences } from '@/lib/preferences/definitions';

export type AidName = 'cursor' | 'crosshair' | 'ruler' | 'plain' | 'captions';
type Translate = ReturnType<typeof useTranslations<'Aids'>>;

/** The words that confirm an aid's new state (「十字线已开启。」), on screen, to screen readers and aloud. */
export function aidConfirmation<K extends AidName>(t: Translate, name: K, value: Preferences[K]): string {
  const onOff = value === 'off' ? t('closed') : t('opened');
  switch (name) {
    case 'cursor':
      return t('announceCursor', { state: t(`cursorStates.${value as Preferences['cursor']}`) });
    case 'ruler':
      return t('announceRuler', { state: t(`rulerStates.${value as Preferences['ruler']}`) });
    case 'crosshair':
      return t('announceCrosshair', { state: onOff });
    case 'captions':
      return t('announceCaptions', { state: onOff });
    default:
      return t('announcePlain', { state: onOff });
  }
}

/** Every confirmation the aids can give, for the offline recordings. */
export function allAidConfirmations(t: Translate): string[] {
  const names: AidName[] = ['cursor', 'crosshair', 'ruler', 'plain', 'captions'];
  return [
    ...names.flatMap((name) => PREFERENCES[name].map((value) => aidConfirmation(t, name, value as Preferences[typeof name]))),
    t('announceReset'),
  ];
}
