import { fullWidthPunctuation } from '@/lib/content/chinese-punctuation';
import type { KeyNumber } from '@/lib/content/schema';
import { readBlock } from '@/lib/read-aloud/read-block';
import styles from './KeyNumbers.module.css';

/** The one to three numbers that matter, each as a card: the number, its unit, and what it means in words. */
type Props = { idPrefix: string; numbers: KeyNumber[]; heading: string; headingLevel: 3 | 4 | 5 };

export function KeyNumbers({ idPrefix, numbers, heading, headingLevel }: Props) {
  if (numbers.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <>
      {/* The cards are named by their heading, so a screen reader says what the list is when it enters it. */}
      <Heading id={`${idPrefix}-heading`} className={styles.heading}>
        {heading}
      </Heading>
      <ul aria-labelledby={`${idPrefix}-heading`} className={styles.cards}>
        {numbers.map(({ value, unit, meaning }, index) => {
          // A card is read as one text, value + unit + meaning, and shown as that text cut in three.
          const spoken = `${value}${unit}${meaning}`;
          const shown = fullWidthPunctuation(spoken);
          return (
            <li key={value} id={`${idPrefix}-${index + 1}`} {...readBlock(spoken)} className={styles.card}>
              <p className={styles.figure}>
                <span className={styles.value}>{value}</span>
                {unit && <span className={styles.unit}>{shown.slice(value.length, value.length + unit.length)}</span>}
              </p>
              <p className={styles.meaning}>{shown.slice(value.length + unit.length)}</p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
