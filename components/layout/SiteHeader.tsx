import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { routes, type RouteContext } from '@/lib/routes';
import { AidsToolbar } from '@/components/aids/AidsToolbar';
import { PreferencesToolbar } from '@/components/preferences/PreferencesToolbar';
import { SettingsPanel } from '@/components/settings/SettingsPanel';
import { LanguageLink } from './LanguageLink';
import styles from './SiteHeader.module.css';

/**
 * One row on a phone: the site's name, 朗读 where the page has something to read, and 设置, which holds every
 * other control. On a wide screen the settings show as the toolbar below that row.
 */
export async function SiteHeader({ at, readAloud }: { at: RouteContext; readAloud?: ReactNode }) {
  const t = await getTranslations('Site');
  const tSettings = await getTranslations('Settings');
  const tPreferences = await getTranslations('Preferences');
  const tSearch = await getTranslations('Search');
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
        <a className={styles.siteName} href={routes.library(at)}>
          {t('name')}
        </a>
        {/* 搜索 beside the name on a wide screen; on a phone it heads the settings panel, keeping the row to one. */}
        <a className={`control ${styles.search} ${styles.wideOnly}`} href={routes.search(at)}>
          {tSearch('open')}
        </a>
        <SettingsPanel beside={readAloud}>
          <a className={`control ${styles.search} ${styles.phoneOnly}`} href={routes.search(at)}>
            {tSearch('open')}
          </a>
          <PreferencesToolbar routeMode={at.mode} label={tPreferences('toolbarLabel')} />
          <div className={styles.languages} role="group" aria-label={tSettings('languages')} data-plain-hidden>
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
          <AidsToolbar at={at} />
        </SettingsPanel>
      </div>
    </header>
  );
}
