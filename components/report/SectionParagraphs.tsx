import type { Section } from '@/lib/content/load-report';
import { AnnotatedText } from './AnnotatedText';
import styles from './SectionParagraphs.module.css';

/** A section's paragraphs as published; each glossary term is marked where it first appears in the section. */
export function SectionParagraphs({ section }: { section: Section }) {
  const termsSeen = new Set<string>();
  return section.paragraphs.map((paragraph) => (
    <p key={paragraph.id} id={paragraph.id} className={styles.paragraph} data-paragraph>
      <AnnotatedText id={paragraph.id} value={paragraph} termsSeen={termsSeen} />
    </p>
  ));
}
