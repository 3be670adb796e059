'use client';

import { useTranslations } from 'next-intl';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { keyShortcut } from '@/lib/aids/shortcuts';
import { appliedPreferences } from '@/lib/preferences/client';
import { READ_BLOCKS, SPOKEN_CELL } from '@/lib/read-aloud/read-block';
import { whenIdle } from '@/lib/when-idle';
import styles from './ReadAloud.module.css';

type Runtime = typeof import('@/lib/read-aloud/runtime');

// The reading machinery loads when the page is idle and the player on first use, so a page nobody
// listens to does not pay for either (docs/benchmarks.md, first-load JS).
let runtime: Runtime | undefined;
const loadRuntime = () => import('@/lib/read-aloud/runtime').then((module) => (runtime = module));
const ReadAloudSession = lazy(() => import('./ReadAloudSession'));

/**
 * 朗读 in the header, and the 从这里读 / 指读 entry points in the text. Once the runtime has loaded (it is
 * fetched as soon as the page is idle), the first sound is made inside the listener's own tap, as some
 * browsers require; a tap that comes sooner waits for it, and the player reports any refusal in words.
 * The player is not part of the header: it opens at the end of the page, fixed at the bottom.
 */
export function ReadAloudLauncher({ scope, nextHref }: { scope: 'section' | 'whole' | 'results'; nextHref?: string }) {
  const t = useTranslations('ReadAloud');
  const [open, setOpen] = useState(false);

  const begin = useCallback((action: (loaded: Runtime) => void) => {
    if (runtime) action(runtime);
    else void loadRuntime().then(action);
    setOpen(true);
  }, []);

  // Fetch the runtime when the page is idle, and learn early whether to use a system voice or the
  // offline recordings. A page reached by 连读 starts reading at once.
  useEffect(() => {
    if (runtime?.takeAutoplayRequest()) return begin((r) => r.startReading());
    return whenIdle(() => void loadRuntime().then((loaded) => loaded.chooseEngine()));
  }, [begin]);

  // 从这里读 buttons and 指读 taps anywhere in the text, handled in one place.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const target = event.target as HTMLElement;
      const from = target.closest<HTMLElement>('[data-read-from]');
      if (from) return begin((r) => r.startReading(from.dataset.readFrom));
      const only = document.getElementById(target.closest<HTMLElement>('[data-read-only]')?.dataset.readOnly ?? '');
      if (only) return begin((r) => r.readOnly(only));
      if (appliedPreferences().point !== 'on' || target.closest('a, button, [popover]')) return;
      // A table cell is read alone, with its column's header: 「每月增加金额20元」.
      const cell = target.closest<HTMLElement>(SPOKEN_CELL);
      if (cell) return begin((r) => r.readOnly(cell));
      const block = target.closest<HTMLElement>(READ_BLOCKS);
      if (block) begin((r) => r.startReading(block.id));
    };
    const onFocus = (event: FocusEvent) => {
      const block = (event.target as HTMLElement).closest?.<HTMLElement>(READ_BLOCKS);
      // A paragraph a link arrived at is focused by the page, not by the reader: 指读 waits for their own move.
      if (block && event.target === block && !block.hasAttribute('data-arrived') && appliedPreferences().point === 'on') {
        begin((r) => r.startReading(block.id));
      }
    };
    document.addEventListener('click', onClick);
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('focusin', onFocus);
    };
  }, [begin]);

  const label = t(({ section: 'readSection', whole: 'readWhole', results: 'readResults' } as const)[scope]);
  return (
    <>
      <button
        type="button"
        className="control control-primary needs-js"
        // The full name always; a phone's row shows only its first word (WCAG 2.5.3: the name starts with it).
        aria-label={label}
        // Once the player is open, the same shortcut pauses and resumes there instead.
        aria-keyshortcuts={open ? undefined : keyShortcut('read')}
        onClick={() => begin((r) => r.startReading())}
      >
        <span aria-hidden="true">▶ </span>
        <span className={styles.short}>{t('readShort')}</span>
        <span className={styles.full}>{label}</span>
      </button>
      {open &&
        createPortal(
          <Suspense fallback={null}>
            <ReadAloudSession nextHref={nextHref} onClose={() => setOpen(false)} />
          </Suspense>,
          document.body,
        )}
    </>
  );
}
