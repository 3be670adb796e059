import { getTranslations } from 'next-intl/server';
import { pageEdition } from '@/lib/page-edition';
import { AnnotatedText } from './AnnotatedText';
import styles from './Closing.module.css';

/** The date and 「(建议此件主动公开)」 that close the report, kept left-aligned so magnifier users find them. */
export async function Closing() {
  const t = await getTranslations('Report');
  const { report, lang } = await pageEdition();
  return (
    <footer className={styles.closing} aria-label={t('closing')} lang={lang}>
      <p id="closing-date" className={styles.line} data-paragraph data-read-block>
        <AnnotatedText id="closing-date" value={report.closing.date} />
      </p>
      <p id="closing-disclosure" className={styles.line} data-paragraph data-read-block>
        <span data-original-text>{report.closing.disclosure}</span>
      </p>
    </footer>
  );
}
