'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import styles from './BackToTop.module.css';

/** A page counts as long when it is more than about three screens tall. */
const LONG_PAGE_SCREENS = 3;

/**
 * 回到顶部 on long pages, once the first screen has scrolled away. It sits above the player and the 大字幕
 * panel, and the page keeps room for it (--back-to-top-height), so it never covers them or the sentence
 * being read. It moves focus to the top, not only the view, so the next Tab starts there (WCAG 2.4.3).
 */
export function BackToTop() {
  const t = useTranslations('Settings');
  const [shown, setShown] = useState(false);
  const link = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      setShown(window.scrollY > window.innerHeight && document.documentElement.scrollHeight > LONG_PAGE_SCREENS * window.innerHeight);
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(update);
    };
    // Measured in the next frame, where the browser lays the page out anyway, not in the middle of starting up.
    schedule();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, []);

  useEffect(() => {
    const root = document.documentElement.style;
    if (shown && link.current) root.setProperty('--back-to-top-height', `${link.current.offsetHeight}px`);
    else root.removeProperty('--back-to-top-height');
  }, [shown]);

  function toTop(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    window.scrollTo({ top: 0 });
    document.getElementById('top')?.focus({ preventScroll: true });
  }

  return (
    <a ref={link} href="#top" className={`control control-primary ${styles.backToTop}`} hidden={!shown} data-back-to-top onClick={toTop}>
      <span aria-hidden="true">↑ </span>
      {t('backToTop')}
    </a>
  );
}
