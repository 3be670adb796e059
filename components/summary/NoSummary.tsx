import { getTranslations } from 'next-intl/server';
import styles from './PlainSummary.module.css';

/** Where a section has no plain summary yet: said calmly, and the original follows. */
export async function NoSummary() {
  const t = await getTranslations('Summary');
  return <p className={styles.none}>{t('none')}</p>;
}
