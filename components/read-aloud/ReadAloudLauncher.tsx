'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { lazy, Suspense, useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { buildQueue, readableBlocks } from '@/lib/read-aloud/dom-blocks';
import { showReading } from '@/lib/read-aloud/highlight';
import {
  chooseEngine,
  onSectionEnded,
  readAloudController,
  requestAutoplayOnNextPage,
  takeAutoplayRequest,
} from '@/lib/read-aloud/session';
import { appliedPreferences } from '@/lib/preferences/client';
import { keyShortcut } from '@/lib/aids/shortcuts';
import styles from './ReadAloud.module.css';

// The player bar's code loads on first use, so pages nobody listens to do not pay for it.
const PlayerBar = lazy(() => import('./PlayerBar'));

/**
 * 朗读本节, and the 从这里读 / 指读 entry points in the text. The first sound is made inside the
 * listener's own click (browsers refuse speech that does not start from a gesture).
 */
export function ReadAloudLauncher({ scope, nextHref }: { scope: 'section' | 'whole'; nextHref?: string }) {
  const t = useTranslations('ReadAloud');
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const controller = readAloudController();
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);

  const start = useCallback(
    (fromBlockId?: string) => {
      controller.load(buildQueue(readableBlocks()));
      controller.setRate(Number(appliedPreferences().rate));
      const index = fromBlockId ? controller.getState().queue.findIndex((item) => item.blockId === fromBlockId) : 0;
      controller.play(Math.max(0, index));
      setOpen(true);
    },
    [controller],
  );

  /** Reads one element alone, such as a glossary explanation. */
  const readOnly = useCallback(
    (element: HTMLElement) => {
      controller.load(buildQueue([element]));
      controller.setRate(Number(appliedPreferences().rate));
      controller.play(0);
      setOpen(true);
    },
    [controller],
  );

  // Learn early whether to use a system voice or the offline recordings, before the first tap.
  useEffect(() => void chooseEngine(), []);

  // 从这里读 buttons and 指读 taps anywhere in the text, handled in one place.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const target = event.target as HTMLElement;
      const from = target.closest<HTMLElement>('[data-read-from]');
      if (from) return start(from.dataset.readFrom);
      const only = document.getElementById(target.closest<HTMLElement>('[data-read-only]')?.dataset.readOnly ?? '');
      if (only) return readOnly(only);
      if (appliedPreferences().point !== 'on' || target.closest('a, button, [popover]')) return;
      const block = target.closest<HTMLElement>('main [data-read-block]');
      if (block) start(block.id);
    };
    const onFocus = (event: FocusEvent) => {
      const block = (event.target as HTMLElement).closest?.<HTMLElement>('main [data-read-block]');
      if (block && event.target === block && appliedPreferences().point === 'on') start(block.id);
    };
    document.addEventListener('click', onClick);
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('focusin', onFocus);
    };
  }, [start, readOnly]);

  // 连读 on into the next section, by client-side navigation so speech may start again without a new tap.
  useEffect(() => {
    onSectionEnded(
      nextHref
        ? () => {
            if (appliedPreferences().continue !== 'on') return;
            requestAutoplayOnNextPage(true);
            router.push(nextHref);
          }
        : null,
    );
    if (takeAutoplayRequest()) start();
    return () => onSectionEnded(null);
  }, [nextHref, router, start]);

  // The highlight follows the utterance being read.
  const item = open ? state.queue[state.index] : undefined;
  useEffect(() => {
    if (!item || state.status === 'idle') return showReading(null, 0, 0);
    showReading(document.getElementById(item.blockId), item.start, item.end);
  }, [item, state.status]);

  useEffect(() => () => showReading(null, 0, 0), []);

  return (
    <>
      <button
        type="button"
        className={`control control-primary ${styles.launch}`}
        // Once the player is open, the same shortcut pauses and resumes there instead.
        aria-keyshortcuts={open ? undefined : keyShortcut('read')}
        onClick={() => start()}
      >
        <span aria-hidden="true">▶ </span>
        {scope === 'whole' ? t('readWhole') : t('readSection')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <PlayerBar controller={controller} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
