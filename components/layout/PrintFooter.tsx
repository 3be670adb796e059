import { getTranslations } from 'next-intl/server';
import { qrSvg } from '@/lib/qr';
import { siteUrl } from '@/lib/site-url';
import styles from './PrintFooter.module.css';

/** On paper only: the page's address and its QR code, so the printout leads back to the page (and to read-aloud). */
export async function PrintFooter({ path }: { path: string }) {
  const t = await getTranslations('Print');
  const svg = await qrSvg(path);
  return (
    <section className={styles.footer} data-print-only aria-label={t('qr')}>
      <p>
        {t('address')}
        <span className={styles.url}>{`${siteUrl().origin}${path}`}</span>
      </p>
      <div className={styles.qr} role="img" aria-label={t('qr')} dangerouslySetInnerHTML={{ __html: svg }} />
      <p>{t('qr')}</p>
    </section>
  );
}
