import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ModeShell } from '@/components/layout/ModeShell';
import { routes } from '@/lib/routes';
import styles from './NotFoundScreen.module.css';

export async function NotFoundScreen() {
  const locale = await getLocale();
  const t = await getTranslations('NotFound');
  const at = { locale, mode: 'standard' } as const;
  return (
    <ModeShell at={at}>
      <h1 className={styles.title}>{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <Link className={styles.home} href={routes.home(at)}>
          {t('home')}
        </Link>
      </p>
    </ModeShell>
  );
}
