import { getTranslations } from 'next-intl/server';
import { fullWidthPunctuation } from '@/lib/content/chinese-punctuation';
import { pageEdition } from '@/lib/page-edition';
import { readBlock } from '@/lib/read-aloud/read-block';
import { AnnotatedText } from './AnnotatedText';
import styles from './Closing.module.css';

/** The date and 「(建议此件主动公开)」 that close the report, kept left-aligned so magnifier users find them. */
export async function Closing() {
  const t = await getTranslations('Report');
  const { report, lang } = await pageEdition();
  return (
    <footer className={styles.closing} aria-label={t('closing')} lang={lang}>
      <p id="closing-date" className={styles.line} data-paragraph {...readBlock(report.closing.date.text)}>
        <AnnotatedText id="closing-date" value={report.closing.date} />
      </p>
      <p id="closing-disclosure" className={styles.line} data-paragraph {...readBlock(report.closing.disclosure)}>
        <span data-original-text>{fullWidthPunctuation(report.closing.disclosure)}</span>
      </p>
    </footer>
  );
}
