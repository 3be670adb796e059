import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ModeShell } from '@/components/layout/ModeShell';
import { keyShortcut, type ShortcutName } from '@/lib/aids/shortcuts';
import type { SitePage } from '@/lib/page-params';
import { pageMetadata } from '@/lib/page-metadata';
import { routes } from '@/lib/routes';
import styles from './HelpScreen.module.css';

// Every aid, in the order a reader meets them, with the shortcuts that press its control.
const ITEMS: [string, ShortcutName[]][] = [
  ['settings', []],
  ['large', ['mode']],
  ['size', ['larger', 'smaller']],
  ['theme', []],
  ['view', []],
  ['read', ['read']],
  ['voice', []],
  ['point', []],
  ['cursor', ['cursor']],
  ['crosshair', ['crosshair']],
  ['ruler', ['ruler']],
  ['captions', ['captions']],
  ['plain', ['plain']],
  ['backToTop', []],
  ['hanzi', []],
  ['reset', []],
];

export async function helpMetadata({ at }: SitePage): Promise<Metadata> {
  const t = await getTranslations({ locale: at.locale, namespace: 'Help' });
  return pageMetadata(at, routes.help, { title: t('title'), description: t('description') });
}

/** 帮助: every aid, what it does and how to reach it, including by keyboard alone. */
export async function HelpScreen({ at }: SitePage) {
  const t = await getTranslations('Help');
  const tPreferences = await getTranslations('Preferences');
  // Where one aid has two keys (放大 / 缩小), each is named.
  const named: Partial<Record<ShortcutName, string>> = { larger: tPreferences('larger'), smaller: tPreferences('smaller') };
  const keys = (names: ShortcutName[]) =>
    names.map((name, index) => (
      <span key={name}>
        {index > 0 && t('shortcutSeparator')}
        {names.length > 1 && `${named[name]} `}
        <kbd>{keyShortcut(name)}</kbd>
      </span>
    ));
  return (
    <ModeShell at={at} path={routes.help(at)}>
      <h1 className={styles.title}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <dl className={styles.list}>
        {ITEMS.map(([item, shortcuts]) => (
          <div key={item} className={styles.entry}>
            <dt className={styles.name}>{t(`items.${item}.name` as 'items.large.name')}</dt>
            <dd className={styles.what}>
              {t(`items.${item}.what` as 'items.large.what')}
              {shortcuts.length > 0 && (
                <span className={styles.shortcut}>{t.rich('shortcut', { keys: () => keys(shortcuts) })}</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <h2 className={styles.heading}>{t('keyboardHeading')}</h2>
      <p>{t('keyboard')}</p>
      <h2 className={styles.heading}>{t('shortcutsHeading')}</h2>
      <p>{t('shortcuts')}</p>
      <p className={styles.shortcut}>
        <kbd>{keyShortcut('help')}</kbd> {t('shortcutHelp')}
      </p>
    </ModeShell>
  );
}
