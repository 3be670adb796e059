import { useEffect } from 'react';
import { READING_POSITION, readingNow, type ReadingPosition } from '@/lib/read-aloud/reading-position';

/**
 * Moves the 十字线 and 阅读尺 to the mouse, the keyboard focus, the line last tapped, or the sentence being
 * read aloud. On a touch screen a finger's move is a scroll, not a pointing, so only a tap moves them.
 * It only sets two custom properties on <html>, once per animation frame; the overlays are CSS.
 * Loaded only while one of them is on (see GuideSlot).
 */
export default function GuideTracker() {
  useEffect(() => {
    const root = document.documentElement;
    const active = () => root.dataset.crosshair === 'on' || (root.dataset.ruler ?? 'off') !== 'off';
    let frame = 0;
    const moveTo = (x: number, y: number) => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        root.style.setProperty('--guide-x', `${x}px`);
        root.style.setProperty('--guide-y', `${y}px`);
      });
    };
    const onPointer = (event: PointerEvent) => event.pointerType !== 'touch' && active() && moveTo(event.clientX, event.clientY);
    // A tap ends with pointerup; a scroll is cancelled (pointercancel) and never gets here.
    const onTap = (event: PointerEvent) => event.pointerType === 'touch' && active() && moveTo(event.clientX, event.clientY);
    const onFocus = (event: FocusEvent) => {
      if (!active() || !(event.target instanceof Element)) return;
      const box = event.target.getBoundingClientRect();
      moveTo(box.left + box.width / 2, box.top + Math.min(box.height / 2, 40));
    };
    const follow = (position: ReadingPosition | null) => {
      if (position && active()) moveTo(position.x, position.y);
    };
    const onReading = (event: Event) => follow((event as CustomEvent<ReadingPosition>).detail);
    // Reading may have begun before this code arrived.
    follow(readingNow());
    document.addEventListener('pointermove', onPointer, { passive: true });
    document.addEventListener('pointerup', onTap, { passive: true });
    document.addEventListener('focusin', onFocus);
    document.addEventListener(READING_POSITION, onReading);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('pointermove', onPointer);
      document.removeEventListener('pointerup', onTap);
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener(READING_POSITION, onReading);
    };
  }, []);
  return null;
}
