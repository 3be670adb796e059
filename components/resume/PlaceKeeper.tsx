'use client';

import { useEffect } from 'react';
import { READING_POSITION } from '@/lib/read-aloud/reading-position';
import { savePlace } from '@/lib/reading-place/places';

// What a place can be: a paragraph, a list item or a table row of the published text.
const BLOCKS = 'main p[data-paragraph], main li[data-read-block], main tr[data-read-block]';

/**
 * Keeps the reader's place in this document, on the device: the paragraph, list item or table row at the top of the
 * screen, or the one being read aloud, with its section and the mode. Renders nothing.
 */
export function PlaceKeeper({ doc }: { doc: string }) {
  useEffect(() => {
    const record = (block: Element | null) => {
      const section = block?.closest<HTMLElement>('[data-section-id]');
      if (!block || !section) return;
      const id = section.dataset.sectionId!;
      // Only the section's own blocks are numbered (<section>-<n>, an item or row of one <section>-<n>-i2, -r3);
      // elsewhere (a heading, the plain summary) the section alone is kept.
      const n = block.id.startsWith(`${id}-`) ? Number(block.id.slice(id.length + 1).match(/^(\d+)(?:-[ir]\d+(?:c\d+)?)?$/)?.[1]) : NaN;
      savePlace(doc, {
        section: id,
        ...(Number.isInteger(n) ? { paragraph: block.id, n } : {}),
        title: section.dataset.sectionTitle ?? '',
        mode: document.documentElement.dataset.mode === 'large' ? 'large' : 'standard',
      });
    };
    // The block being read aloud; else the first still on the screen below the line a return puts a block at (its
    // scroll margin): a row's card above it shows only its edge there, and keeping it would walk the place back a
    // row on every return.
    const atTop = () =>
      document.querySelector('main [data-reading]') ??
      [...document.querySelectorAll<HTMLElement>(BLOCKS)].find((block) => {
        const box = block.getBoundingClientRect();
        const line = parseFloat(getComputedStyle(block).scrollMarginTop) || 0;
        return box.height > 0 && box.bottom > line && box.top < window.innerHeight;
      }) ?? document.querySelector('main [data-section-id]');
    let timer = 0;
    const onScroll = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => record(atTop()), 400);
    };
    const onReading = () => record(document.querySelector('main [data-reading]'));
    onScroll();
    window.addEventListener('scroll', onScroll, { passive: true });
    document.addEventListener(READING_POSITION, onReading);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
      document.removeEventListener(READING_POSITION, onReading);
    };
  }, [doc]);
  return null;
}
