import { getLocale, getTranslations } from 'next-intl/server';
import type { Section } from '@/lib/content/load-report';
import type { GlossaryEntry } from '@/lib/content/schema';
import { readBlock } from '@/lib/read-aloud/read-block';
import { AnnotatedText } from './AnnotatedText';
import styles from './SectionParagraphs.module.css';

type Props = { section: Section; glossary: GlossaryEntry[]; lang: string };

/**
 * A section's paragraphs as published; each glossary term is marked where it first appears in the
 * section, and each paragraph offers 从这里读 (read aloud from here), which needs JavaScript.
 */
export async function SectionParagraphs({ section, glossary, lang }: Props) {
  const t = await getTranslations('ReadAloud');
  const locale = await getLocale();
  const terms = { glossary, seen: new Set<string>() };
  return section.paragraphs.map((paragraph, index) => (
    <div key={paragraph.id} className={styles.block}>
      <button
        type="button"
        className={`control ${styles.readFrom}`}
        data-read-from={paragraph.id}
        lang={locale}
        aria-label={t('readFromParagraph', { n: index + 1 })}
      >
        <span aria-hidden="true">▶ </span>
        {t('readFromHere')}
      </button>
      <p id={paragraph.id} className={styles.paragraph} data-paragraph {...readBlock(paragraph.text)}>
        <AnnotatedText id={paragraph.id} value={paragraph} lang={lang} terms={terms} />
      </p>
    </div>
  ));
}
