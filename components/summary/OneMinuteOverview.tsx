import { getLocale, getTranslations } from 'next-intl/server';
import { fullWidthPunctuation } from '@/lib/content/chinese-punctuation';
import { pageEdition } from '@/lib/page-edition';
import { routes, type RouteContext } from '@/lib/routes';
import styles from './OneMinuteOverview.module.css';

/** 一分钟看懂: the whole report as one plain sentence per section, each leading to its section. */
export async function OneMinuteOverview({ at }: { at: RouteContext }) {
  const t = await getTranslations('Summary');
  const lang = (await getLocale()) === 'en' ? 'en' : 'zh';
  const { report, summaries } = await pageEdition();
  return (
    <section className={styles.overview} aria-labelledby="overview">
      <h2 id="overview" className={styles.heading}>
        {t('overviewHeading')}
      </h2>
      <p>{t('overviewIntro')}</p>
      <ol className={styles.list}>
        {report.sections.map((section) => (
          <li key={section.id}>
            <a className={styles.link} href={routes.section(at, section.id)}>
              {fullWidthPunctuation(summaries.get(section.id)![lang].headline)}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
