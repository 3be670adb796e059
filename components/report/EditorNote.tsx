import { getLocale, getTranslations } from 'next-intl/server';
import type { EditorNote as Note } from '@/lib/content/schema';
import styles from './EditorNote.module.css';

/**
 * The printed words stay as published; the note opens on tap, click or Enter and closes with Esc or 关闭.
 * A native popover needs no JavaScript; where it is unsupported the note simply shows inline.
 */
export async function EditorNote({ id, quote, note }: Note & { id: string }) {
  const t = await getTranslations('EditorNote');
  const locale = await getLocale();
  return (
    <>
      <span className={styles.noted} data-original-text>
        {quote}
      </span>
      <button type="button" className={styles.trigger} popoverTarget={id} data-editorial>
        {t('open')}
      </button>
      <span id={id} popover="auto" className={styles.popover} data-editorial lang={locale}>
        <strong className={styles.title}>{t('title')}</strong>
        <span className={styles.text}>{locale === 'en' ? note.en : note.zh}</span>
        <button type="button" className={styles.close} popoverTarget={id} popoverTargetAction="hide">
          {t('close')}
        </button>
      </span>
    </>
  );
}
