import { getTranslations } from 'next-intl/server';
import { routes, type RouteContext } from '@/lib/routes';
import { AidsToolbar } from '@/components/aids/AidsToolbar';
import { PreferencesToolbar } from '@/components/preferences/PreferencesToolbar';
import { LanguageLink } from './LanguageLink';
import styles from './SiteHeader.module.css';

export async function SiteHeader({ at }: { at: RouteContext }) {
  const t = await getTranslations('Site');
  // 简体 ⇄ 繁體, in the Chinese interfaces only.
  const script =
    at.locale === 'zh-CN'
      ? ({ to: 'zh-Hant', key: 'scriptSwitchToTraditional' } as const)
      : at.locale === 'zh-Hant'
        ? ({ to: 'zh-CN', key: 'scriptSwitchToSimplified' } as const)
        : null;
  return (
    <header className={styles.header} aria-label={t('headerLabel')}>
      <div className={styles.inner}>
        <a className={styles.siteName} href={routes.home(at)}>
          {t('name')}
        </a>
        <div className={styles.tools}>
          {script && (
            <LanguageLink className="control" to={script.to} label={t(script.key)} accessibleLabel={t(`${script.key}Label`)} />
          )}
          <LanguageLink
            className="control"
            to={at.locale === 'en' ? 'zh-CN' : 'en'}
            label={t('languageSwitch')}
            accessibleLabel={t('languageSwitchLabel')}
          />
        </div>
        <PreferencesToolbar routeMode={at.mode} />
        <AidsToolbar at={at} />
      </div>
    </header>
  );
}
