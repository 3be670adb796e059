'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useSyncExternalStore } from 'react';
import { showReading } from '@/lib/read-aloud/highlight';
import { onSectionEnded, readAloudController, requestAutoplayOnNextPage } from '@/lib/read-aloud/session';
import { appliedPreferences } from '@/lib/preferences/client';
import PlayerBar from './PlayerBar';

type Props = { nextHref?: string; onClose: () => void };

/** An open read-aloud session: the player bar, the highlight that follows the sentence, and 连读. */
export default function ReadAloudSession({ nextHref, onClose }: Props) {
  const router = useRouter();
  const controller = readAloudController();
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);

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
    return () => onSectionEnded(null);
  }, [nextHref, router]);

  const item = state.queue[state.index];
  useEffect(() => {
    if (!item || state.status === 'idle') return showReading(null, 0, 0);
    showReading(document.getElementById(item.blockId), item.start, item.end);
  }, [item, state.status]);

  useEffect(() => () => showReading(null, 0, 0), []);

  return <PlayerBar controller={controller} onClose={onClose} />;
}
