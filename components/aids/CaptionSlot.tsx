'use client';

import { lazy, Suspense } from 'react';
import { useAidOn } from '@/lib/aids/use-aid-on';
import { CaptionPanelView } from './CaptionPanelView';

const CaptionPanel = lazy(() => import('./CaptionPanel'));

/**
 * Where the 大字幕 panel goes. The page always carries its markup, shown by CSS when captions are on, so it
 * is there at first paint; the code that fills it loads only once captions are on, so readers who never
 * use it do not pay for it.
 */
export function CaptionSlot() {
  const on = useAidOn('captions');
  const shell = <CaptionPanelView script="hans" text="" shown="" />;
  return on ? (
    <Suspense fallback={shell}>
      <CaptionPanel />
    </Suspense>
  ) : (
    shell
  );
}
