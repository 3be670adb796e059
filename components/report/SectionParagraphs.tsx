import type { Section } from '@/lib/content/load-report';
import { AnnotatedText } from './AnnotatedText';
import styles from './SectionParagraphs.module.css';

export function SectionParagraphs({ section }: { section: Section }) {
  return section.paragraphs.map((paragraph) => (
    <p key={paragraph.id} id={paragraph.id} className={styles.paragraph} data-paragraph>
      <AnnotatedText id={paragraph.id} value={paragraph} />
    </p>
  ));
}
