import type { AnnotatedText as Annotated } from '@/lib/content/schema';
import { readBlock } from '@/lib/read-aloud/read-block';
import { AnnotatedText } from './AnnotatedText';
import styles from './PublishedLine.module.css';

type Props = { id: string; value: Annotated; lang: string };

/** One line of the original outside its sections (the salutation, an attachment, a closing line), read aloud like a paragraph. */
export function PublishedLine({ id, value, lang }: Props) {
  return (
    <p id={id} className={styles.line} data-paragraph {...readBlock(value.text)}>
      <AnnotatedText id={id} value={value} lang={lang} />
    </p>
  );
}
