import { getTranslations } from 'next-intl/server';
import { routes, type RouteContext } from '@/lib/routes';
import { AidsToolbar } from '@/components/aids/AidsToolbar';
import { PreferencesToolbar } from '@/components/preferences/PreferencesToolbar';
import { LanguageLink } from './LanguageLink';
import styles from './SiteHeader.module.css';

export async function SiteHeader({ at }: { at: RouteContext }) {
  const t = await getTranslations('Site');
  return (
    <header className={styles.header} aria-label={t('headerLabel')}>
      <div className={styles.inner}>
        <a className={styles.siteName} href={routes.home(at)}>
          {t('name')}
        </a>
        <div className={styles.tools}>
          {at.locale === 'zh-CN' && (
            <LanguageLink
              className="control"
              to="zh-Hant"
              label={t('scriptSwitchToTraditional')}
              accessibleLabel={t('scriptSwitchToTraditionalLabel')}
            />
          )}
          {at.locale === 'zh-Hant' && (
            <LanguageLink
              className="control"
              to="zh-CN"
              label={t('scriptSwitchToSimplified')}
              accessibleLabel={t('scriptSwitchToSimplifiedLabel')}
            />
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
