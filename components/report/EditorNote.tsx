import { getLocale, getTranslations } from 'next-intl/server';
import type { EditorNote as Note } from '@/lib/content/schema';
import { InfoPopover } from './InfoPopover';
import styles from './EditorNote.module.css';

/** The printed words stay as published, underlined; a 编者注 button beside them opens the note. */
export async function EditorNote({ id, quote, note }: Note & { id: string }) {
  const t = await getTranslations('EditorNote');
  const locale = await getLocale();
  return (
    <>
      <span className={styles.noted} data-original-text>
        {quote}
      </span>
      <InfoPopover
        id={id}
        trigger={t('open')}
        triggerClassName={`control ${styles.trigger}`}
        title={t('title')}
        body={locale === 'en' ? note.en : note.zh}
        closeLabel={t('close')}
        lang={locale}
      />
    </>
  );
}
