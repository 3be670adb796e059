import { GuideSlot } from './GuideSlot';

/** The 十字线 and 阅读尺 overlays, rendered on every page and shown by CSS when switched on. */
export function ReadingGuides() {
  return (
    <div className="reading-guides" aria-hidden="true">
      <div className="crosshair-x" />
      <div className="crosshair-y" />
      <div className="ruler-above" />
      <div className="ruler-below" />
      <GuideSlot />
    </div>
  );
}
