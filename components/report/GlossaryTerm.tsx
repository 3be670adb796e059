import { getLocale, getTranslations } from 'next-intl/server';
import type { GlossaryEntry } from '@/lib/content/schema';
import { InfoPopover } from './InfoPopover';
import styles from './GlossaryTerm.module.css';

type Props = { id: string; entry: GlossaryEntry; shownTerm: string; lang: string };

/** A glossary term where it first appears in a section; its plain explanation opens in a large panel. */
export async function GlossaryTerm({ id, entry, shownTerm, lang }: Props) {
  const t = await getTranslations('Glossary');
  const locale = await getLocale();
  return (
    <InfoPopover
      id={id}
      trigger={shownTerm}
      triggerClassName={styles.term}
      triggerIsOriginal
      title={
        <>
          <span className="visually-hidden">{t('termHint')}：</span>
          <span lang={lang}>{shownTerm}</span>
        </>
      }
      body={locale === 'en' ? entry.en : entry.zh}
      closeLabel={t('close')}
      readAloudLabel={t('readAloud')}
      lang={locale}
    />
  );
}
