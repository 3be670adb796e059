'use client';

import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { whenIdle } from '@/lib/when-idle';

/**
 * A client component whose code is fetched only when the page is idle, for parts that nothing on the first
 * screen needs and that show nothing until later: 回到顶部 appears after a screen of scrolling, and the
 * service worker is registered after load anyway. They stay out of the first download and the first
 * hydration (issue 17). Not the place keeper, nor the Alt+Shift shortcuts: a reader who scrolls and leaves
 * within a second must still find their place, and a first key press must not be lost.
 */
export function loadWhenIdle<P extends object>(load: () => Promise<ComponentType<P>>) {
  const Component = lazy(() => load().then((component) => ({ default: component })));
  return function LoadedWhenIdle(props: P) {
    const [idle, setIdle] = useState(false);
    useEffect(() => whenIdle(() => setIdle(true)), []);
    return idle ? (
      <Suspense fallback={null}>
        <Component {...props} />
      </Suspense>
    ) : null;
  };
}
