'use client';

import { useEffect } from 'react';

/**
 * A link to a paragraph (接着读, the glossary's 首次出现, a shared anchor) brings the reader to it: the browser
 * scrolls it to the top, and this moves the focus there too, so the next Tab, a screen reader and 指读 start from
 * it (WCAG 2.4.3), and marks it for a moment so the eye finds it.
 */
export function ArrivalFocus() {
  useEffect(() => {
    let timer = 0;
    const arrive = () => {
      const id = decodeURIComponent(location.hash.slice(1));
      const target = id && document.getElementById(id);
      if (!target || !target.closest('main') || target.id === 'main') return;
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
      target.setAttribute('data-arrived', '');
      window.clearTimeout(timer);
      timer = window.setTimeout(() => target.removeAttribute('data-arrived'), 3000);
    };
    arrive();
    window.addEventListener('hashchange', arrive);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('hashchange', arrive);
    };
  }, []);
  return null;
}
