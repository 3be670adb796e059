'use client';

import { useEffect } from 'react';
import { savePlace } from '@/lib/reading-place/places';

/**
 * Keeps the reader's place in this document, on the device: the paragraph at the top of the screen, or the one
 * being read aloud, with its section and the mode. Renders nothing.
 */
export function PlaceKeeper({ doc }: { doc: string }) {
  useEffect(() => {
    const record = (block: Element | null) => {
      const section = block?.closest<HTMLElement>('[data-section-id]');
      if (!block || !section) return;
      const id = section.dataset.sectionId!;
      // Only the section's own paragraphs are numbered (<section>-<n>); elsewhere the section alone is kept.
      const n = block.id.startsWith(`${id}-`) ? Number(block.id.slice(id.length + 1)) : NaN;
      savePlace(doc, {
        section: id,
        ...(Number.isInteger(n) ? { paragraph: block.id, n } : {}),
        title: section.dataset.sectionTitle ?? '',
        mode: document.documentElement.dataset.mode === 'large' ? 'large' : 'standard',
      });
    };
    // The paragraph being read aloud; else the first whose text is still on the screen; else the section shown.
    const atTop = () =>
      document.querySelector('main [data-reading]') ??
      [...document.querySelectorAll('main p[data-paragraph]')].find((p) => {
        const box = p.getBoundingClientRect();
        return box.height > 0 && box.bottom > 0 && box.top < window.innerHeight;
      }) ?? document.querySelector('main [data-section-id]');
    let timer = 0;
    const onScroll = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => record(atTop()), 400);
    };
    const onReading = () => record(document.querySelector('main [data-reading]'));
    onScroll();
    window.addEventListener('scroll', onScroll, { passive: true });
    document.addEventListener('reading-position', onReading);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
      document.removeEventListener('reading-position', onReading);
    };
  }, [doc]);
  return null;
}
