import { getTranslations } from 'next-intl/server';
import styles from './SkipLink.module.css';

/** WCAG 2.4.1 Bypass Blocks: the first thing a keyboard user reaches. */
export async function SkipLink() {
  const t = await getTranslations('Site');
  return (
    <a className={styles.skipLink} href="#main">
      {t('skipToContent')}
    </a>
  );
}
