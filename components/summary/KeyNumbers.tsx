import type { KeyNumber } from '@/lib/content/schema';
import styles from './KeyNumbers.module.css';

/** The one to three numbers that matter, each as a card: the number, its unit, and what it means in words. */
type Props = { idPrefix: string; numbers: KeyNumber[]; heading: string; headingLevel: 3 | 4 | 5 };

export function KeyNumbers({ idPrefix, numbers, heading, headingLevel }: Props) {
  if (numbers.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <>
      <Heading className={styles.heading}>{heading}</Heading>
      <ul className={styles.cards}>
        {numbers.map((number, index) => (
          <li key={number.value} id={`${idPrefix}-${index + 1}`} data-read-block className={styles.card}>
            <p className={styles.figure}>
              <span className={styles.value}>{number.value}</span>
              {number.unit && <span className={styles.unit}>{number.unit}</span>}
            </p>
            <p className={styles.meaning}>{number.meaning}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
