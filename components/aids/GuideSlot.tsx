'use client';

import { lazy, Suspense } from 'react';
import { useAidOn } from '@/lib/aids/use-aid-on';

const GuideTracker = lazy(() => import('./GuideTracker'));

/** Loads the code that moves the 十字线 and 阅读尺 only while one of them is on. */
export function GuideSlot() {
  return useAidOn('crosshair', 'ruler') ? (
    <Suspense fallback={null}>
      <GuideTracker />
    </Suspense>
  ) : null;
}
