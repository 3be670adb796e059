import { getTranslations } from 'next-intl/server';
import { fullWidthPunctuation } from '@/lib/content/chinese-punctuation';
import type { Section } from '@/lib/content/load-report';
import type { Edition } from '@/lib/library';
import { routes, type DocumentContext } from '@/lib/routes';
import { publishedHeading, sectionTitle } from './section-title';
import styles from './TableOfContents.module.css';

/** Every part and section as a large, easy-to-tap entry (targets ≥ 44 px, ≥ 60 px in 适老版). */
export async function TableOfContents({ at, edition }: { at: DocumentContext; edition: Edition }) {
  const t = await getTranslations('Cover');
  const tReport = await getTranslations('Report');
  const { report, lang } = edition;
  const entry = (section: Section, title = sectionTitle(section, tReport('introduction'))) => (
    <li key={section.id}>
      <a className={styles.entry} href={routes.section(at, section.id)}>
        <span lang={publishedHeading(section) ? lang : undefined}>{title}</span>
      </a>
    </li>
  );
  return (
    <nav className={styles.contents} aria-labelledby="contents">
      <h2 id="contents" className={styles.heading} tabIndex={-1}>
        {t('contents')}
      </h2>
      <ol className={styles.list}>
        {report.introduction && entry(report.introduction)}
        {report.parts.map((part) =>
          !part.heading ? (
            // A run of sections the document does not head: listed as sections of their own.
            part.sections.map((section) => entry(section))
          ) : part.sections.length === 1 && !part.sections[0].heading ? (
            entry(part.sections[0], fullWidthPunctuation(part.heading))
          ) : (
            <li key={part.id}>
              <span className={styles.part} lang={lang}>
                {fullWidthPunctuation(part.heading)}
              </span>
              <ol className={styles.list}>{part.sections.map((section) => entry(section))}</ol>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
