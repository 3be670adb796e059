import { getTranslations } from 'next-intl/server';
import { pageEdition } from '@/lib/page-edition';
import { neighbours } from '@/lib/report';
import { routes, type RouteContext } from '@/lib/routes';
import { sectionTitle } from './section-title';
import styles from './SectionNav.module.css';

/** 上一节 / 下一节 with the section named, so a reader knows where each link goes (WCAG 2.4.4). */
export async function SectionNav({ at, sectionId }: { at: RouteContext; sectionId: string }) {
  const t = await getTranslations('SectionNav');
  const tReport = await getTranslations('Report');
  const edition = await pageEdition();
  const { previous, next } = neighbours(edition, sectionId);
  const position = edition.report.sections.findIndex((section) => section.id === sectionId) + 1;
  const title = (section: NonNullable<typeof previous>) => (
    <span className={styles.title} lang={section === edition.report.introduction ? undefined : edition.lang}>
      {sectionTitle(section, tReport('introduction'))}
    </span>
  );
  return (
    <nav className={styles.nav} aria-label={t('label')}>
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
