import type { ReactNode } from 'react';
import type { RouteContext } from '@/lib/routes';
import { ArrivalFocus } from './ArrivalFocus';
import { BackToTop } from './BackToTop';
import { PrintFooter } from './PrintFooter';
import { SiteFooter } from './SiteFooter';
import { CaptionSlot } from '@/components/aids/CaptionSlot';
import { KeyboardShortcuts } from '@/components/aids/KeyboardShortcuts';
import { ReadingGuides } from '@/components/aids/ReadingGuides';
import { SiteHeader } from './SiteHeader';
import styles from './ModeShell.module.css';

type Props = {
  at: RouteContext;
  /** The page's own path, for its printed address and QR code. */
  path: string;
  /** The page's 朗读 control, for the header's row; pages with nothing to read have none. */
  readAloud?: ReactNode;
  children: ReactNode;
};

/**
 * The frame of every report page. `data-page-mode` is rendered into the HTML of the large-type URLs,
 * so 适老版 works from a shared link even with JavaScript off.
 *
 * No <Suspense> here, though one would let React hydrate the page in slices: in a prerendered page React
 * sends a boundary not finished when the page's start is written (the header, on the whole report) after
 * the rest, hidden, for a script to move into place, so without JavaScript it would be missing
 * (docs/benchmark-notes.md; e2e/routes.spec.ts checks every kind of page).
 */
export function ModeShell({ at, path, readAloud, children }: Props) {
  return (
    <div className={styles.shell} data-page-mode={at.mode}>
      <SiteHeader at={at} readAloud={readAloud} />
      <main id="main" tabIndex={-1} className={styles.main}>
        {children}
        <PrintFooter path={path} />
      </main>
      <SiteFooter />
      <BackToTop />
      <ArrivalFocus />
      <ReadingGuides />
      {/* 大字幕: on every page, shown by CSS when switched on, so it is there from the first paint. */}
      <CaptionSlot />
      <KeyboardShortcuts />
    </div>
  );
}
