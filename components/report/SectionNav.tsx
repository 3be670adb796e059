import { getTranslations } from 'next-intl/server';
import type { Section } from '@/lib/content/load-report';
import { neighbours, type Edition } from '@/lib/library';
import { routes, type DocumentContext } from '@/lib/routes';
import { publishedHeading, sectionTitle } from './section-title';
import styles from './SectionNav.module.css';

type Props = { at: DocumentContext; edition: Edition; section: Section };

/** 上一节 / 下一节 with the section named, so a reader knows where each link goes (WCAG 2.4.4). */
export async function SectionNav({ at, edition, section }: Props) {
  const t = await getTranslations('SectionNav');
  const tReport = await getTranslations('Report');
  const { previous, next, position } = neighbours(edition.report, section.id);
  const title = (target: Section) => (
    <span className={styles.title} lang={publishedHeading(target) ? edition.lang : undefined}>
      {sectionTitle(target, tReport('introduction'))}
    </span>
  );
  return (
    <nav className={styles.nav} aria-label={t('label')} data-print-hidden>
      {/* Where this section stands, at the point where the reader chooses where to go next. */}
      <p className={styles.position}>{tReport('sectionPosition', { n: position, total: edition.report.sections.length })}</p>
      <ul className={styles.list}>
        {previous && (
          <li>
            <a className={styles.link} href={routes.section(at, previous.id)} rel="prev">
              <span className={styles.direction}>{t('previous')}</span>
              {title(previous)}
            </a>
          </li>
        )}
        {next && (
          <li>
            <a className={styles.link} href={routes.section(at, next.id)} rel="next">
              <span className={styles.direction}>{t('next')}</span>
              {title(next)}
            </a>
          </li>
        )}
        <li>
          <a className={styles.link} href={routes.contents(at)}>
            {t('backToContents')}
          </a>
        </li>
        <li>
          <a className={styles.link} href="#top">
            {t('backToTop')}
          </a>
        </li>
      </ul>
    </nav>
  );
}
