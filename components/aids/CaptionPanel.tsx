'use client';

import { useEffect, useState } from 'react';
import { toPinyin, toTraditional, type RubyPiece } from '@/lib/aids/convert';
import { blockText } from '@/lib/read-aloud/dom-blocks';
import { READING_POSITION, readingNow, type ReadingPosition } from '@/lib/read-aloud/reading-position';
import { READ_BLOCK_ATTRIBUTE, READ_BLOCKS } from '@/lib/read-aloud/read-block';
import { appliedPreferences, applyPreference } from '@/lib/preferences/client';
import type { Preferences } from '@/lib/preferences/definitions';
import { CaptionPanelView } from './CaptionPanelView';

const TEXT_TARGETS = `${READ_BLOCKS}, main li, main dd, main dt, h1, h2, h3, a, button`;
const MAX_CHARS = 120;

/** The words a caption shows for an element: its own text, or its label; never more than a screenful. */
function captionOf(element: Element | null): string {
  const target = element?.closest(TEXT_TARGETS);
  if (!target || target.closest('[data-caption-panel]')) return '';
  // A paragraph shows the report's own words only, not its note or glossary buttons.
  const raw = target.hasAttribute(READ_BLOCK_ATTRIBUTE)
    ? blockText(target as HTMLElement)
    : (target.getAttribute('aria-label') ?? (target as HTMLElement).innerText ?? '');
  const text = raw.replace(/\s+/g, ' ').trim();
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS)}…` : text;
}

/**
 * 大字幕: fixed at the bottom, very large type, showing the text under the pointer, the focused element's
 * text, or the sentence being read aloud, as 简体, 繁體 or with 拼音. The page keeps room for it, and a
 * focused element it would cover is scrolled above it (WCAG 2.4.11 Focus Not Obscured). Loaded only
 * once captions are on (see CaptionSlot).
 */
export default function CaptionPanel() {
  const [text, setText] = useState('');
  const [script, setScript] = useState<Preferences['script']>('hans');
  const [shown, setShown] = useState<string | RubyPiece[]>('');

  useEffect(() => {
    setScript(appliedPreferences().script);
    const on = () => document.documentElement.dataset.captions === 'on';
    // A mouse points by moving: its caption follows pointermove, once per element it moves onto. The browser also
    // sends pointerover when the page scrolls under a mouse at rest (as read-aloud keeps its sentence in view),
    // which is the page moving, not the reader pointing, and must not replace the sentence being read.
    let pointedAt: Element | null = null;
    const onPointer = (event: PointerEvent) => {
      // A finger that lands to scroll is not pointing at text: on touch, only a tap (pointerup) counts.
      if (event.type !== (event.pointerType === 'touch' ? 'pointerup' : 'pointermove')) return;
      const target = event.target instanceof Element ? event.target.closest(TEXT_TARGETS) : null;
      if (event.type === 'pointermove' && target === pointedAt) return;
      pointedAt = target;
      const caption = on() ? captionOf(target) : '';
      if (caption) setText(caption);
    };
    // The focused element stays above the panel, also when a longer caption makes the panel grow (WCAG 2.4.11).
    const keepFocusClear = () => {
      const focused = document.activeElement;
      const panel = document.querySelector('[data-caption-panel]')?.getBoundingClientRect();
      if (!on() || !panel || !focused || focused === document.body || focused.closest('[data-caption-panel]')) return;
      if (focused.getBoundingClientRect().bottom > panel.top) focused.scrollIntoView({ block: 'center' });
    };
    const onFocus = (event: FocusEvent) => {
      if (!on()) return;
      const caption = captionOf(event.target as Element);
      if (caption) setText(caption);
      keepFocusClear();
    };
    const showSentence = (position: ReadingPosition | null) => {
      if (on() && position?.text) setText(position.text);
    };
    const onReading = (event: Event) => showSentence((event as CustomEvent<ReadingPosition>).detail);
    // Reading may have begun before this code arrived.
    showSentence(readingNow());
    document.addEventListener('pointermove', onPointer, { passive: true });
    document.addEventListener('pointerup', onPointer, { passive: true });
    document.addEventListener('focusin', onFocus);
    document.addEventListener(READING_POSITION, onReading);
    const panel = document.querySelector<HTMLElement>('[data-caption-panel]');
    const observer = new ResizeObserver(() => {
      document.documentElement.style.setProperty('--caption-height', on() && panel ? `${panel.offsetHeight}px` : '0px');
      keepFocusClear();
    });
    if (panel) observer.observe(panel);
    return () => {
      document.removeEventListener('pointermove', onPointer);
      document.removeEventListener('pointerup', onPointer);
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener(READING_POSITION, onReading);
      observer.disconnect();
      document.documentElement.style.removeProperty('--caption-height');
    };
  }, []);

  useEffect(() => {
    let live = true;
    if (script === 'hant') void toTraditional(text).then((converted) => live && setShown(converted));
    else if (script === 'pinyin') void toPinyin(text).then((pieces) => live && setShown(pieces));
    else setShown(text);
    return () => {
      live = false;
    };
  }, [text, script]);

  function choose(next: Preferences['script']) {
    applyPreference('script', next);
    setScript(next);
  }

  return <CaptionPanelView script={script} text={text} shown={shown} onChoose={choose} />;
}
