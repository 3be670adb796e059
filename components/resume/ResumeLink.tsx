'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import { readPlace, type Place } from '@/lib/reading-place/places';
import { routes } from '@/lib/routes';
import styles from './ResumeLink.module.css';

type Props = {
  locale: Locale;
  /** On a document's cover, its own place; on the library, the place in the document read last. */
  doc?: string;
};

/**
 * 接着读: one large link back to where the reader stopped, first on the page. Its room is kept before paint when
 * a place is stored (the head script's data-place / data-place-here), so nothing jumps when it appears.
 */
export function ResumeLink({ locale, doc }: Props) {
  const t = useTranslations('Resume');
  const [kept, setKept] = useState<{ doc: string; place: Place } | null>(null);
  useEffect(() => setKept(readPlace(doc)), [doc]);
  const slot = doc ? 'here' : 'any';
  if (!kept) return <p className={styles.slot} data-resume-slot={slot} data-print-hidden />;
  const { place } = kept;
  const at = { locale, mode: place.mode, doc: kept.doc };
  const href = place.paragraph ? routes.paragraph(at, place.section, place.paragraph) : routes.section(at, place.section);
  return (
    <p className={styles.slot} data-resume-slot={slot} data-print-hidden>
      <a className={styles.link} href={href}>
        {place.n ? t('paragraph', { section: place.title, n: place.n }) : t('section', { section: place.title })}
      </a>
    </p>
  );
}
