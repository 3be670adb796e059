import { useTranslations } from 'next-intl';
import type { RubyPiece } from '@/lib/aids/convert';
import { PREFERENCES, type Preferences } from '@/lib/preferences/definitions';
import styles from './CaptionPanel.module.css';

type Props = { script: Preferences['script']; text: string; shown: string | RubyPiece[]; onChoose?: (script: Preferences['script']) => void };

/** What the 大字幕 panel looks like, with or without its logic loaded, so swapping one for the other moves nothing. */
export function CaptionPanelView({ script, text, shown, onChoose }: Props) {
  const t = useTranslations('Aids');
  return (
    <section className={styles.panel} data-caption-panel aria-label={t('captionsLabel')}>
      <div role="group" aria-label={t('scriptGroup')} className={styles.scripts}>
        {PREFERENCES.script.map((option) => (
          <button key={option} type="button" className="control" aria-pressed={script === option} onClick={() => onChoose?.(option)}>
            {t(`scripts.${option}`)}
          </button>
        ))}
      </div>
      <p className={styles.caption} lang={script === 'hant' ? 'zh-TW' : 'zh-CN'} data-caption-text>
        {!text
          ? t('captionsEmpty')
          : typeof shown === 'string'
            ? shown
            : shown.map((piece, index) =>
                piece.pinyin ? (
                  <ruby key={index}>
                    {piece.text}
                    <rt>{piece.pinyin}</rt>
                  </ruby>
                ) : (
                  <span key={index}>{piece.text}</span>
                ),
              )}
      </p>
    </section>
  );
}
