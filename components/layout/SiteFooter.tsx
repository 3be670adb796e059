import { getTranslations } from 'next-intl/server';
import styles from './SiteFooter.module.css';

export async function SiteFooter() {
  const t = await getTranslations('Site');
  return (
    <footer className={styles.footer}>
      <p className={styles.inner}>{t('footerSource')}</p>
    </footer>
  );
}
