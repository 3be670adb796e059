import { getLocale, getTranslations } from 'next-intl/server';
import { fullWidthPunctuation } from '@/lib/content/chinese-punctuation';
import type { Edition } from '@/lib/library';
import { routes, type DocumentContext } from '@/lib/routes';
import styles from './OneMinuteOverview.module.css';

/** 一分钟看懂: the document as one plain sentence per section that has a summary, each leading to its section. */
export async function OneMinuteOverview({ at, edition }: { at: DocumentContext; edition: Edition }) {
  const t = await getTranslations('Summary');
  const lang = (await getLocale()) === 'en' ? 'en' : 'zh';
  const summarised = edition.report.sections.flatMap((section) => {
    const summary = edition.summaries.get(section.id);
    return summary ? [{ id: section.id, headline: summary[lang].headline }] : [];
  });
  if (summarised.length === 0) return null;
  return (
    <section className={styles.overview} aria-labelledby="overview">
      <h2 id="overview" className={styles.heading}>
        {t('overviewHeading')}
      </h2>
      <p>{t('overviewIntro')}</p>
      <ol className={styles.list}>
        {summarised.map(({ id, headline }) => (
          <li key={id}>
            <a className={styles.link} href={routes.section(at, id)}>
              {fullWidthPunctuation(headline)}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
