import { getLocale, getTranslations } from 'next-intl/server';
import type { EditorNote } from '@/lib/content/schema';
import styles from './PrintedNotes.module.css';

/** The editor's notes of a section as footnotes, on paper only, numbered as their marks in the text ([1], [2]…). */
export async function PrintedNotes({ notes }: { notes: EditorNote[] }) {
  if (notes.length === 0) return null;
  const t = await getTranslations('Print');
  const locale = await getLocale();
  return (
    <section className={styles.notes} data-print-only aria-label={t('notes')}>
      <ol className={styles.list}>
        {notes.map((note, index) => (
          <li key={index}>{locale === 'en' ? note.note.en : note.note.zh}</li>
        ))}
      </ol>
    </section>
  );
}
