import { onConfirmAloud } from '@/lib/aids/confirm-aloud';
import { appliedPreferences } from '@/lib/preferences/client';
import { buildQueue, readableBlocks } from './dom-blocks';
import { readAloudController } from './session';

export { chooseEngine, takeAutoplayRequest } from './session';

/**
 * What the 朗读 buttons start. This module (the controller, the engines, sentence splitting) loads when the
 * page is idle, not with the page, so the launcher can call these inside the listener's own tap.
 */
export function startReading(fromBlockId?: string) {
  const controller = readAloudController();
  controller.load(buildQueue(readableBlocks()));
  controller.setRate(Number(appliedPreferences().rate));
  const index = fromBlockId ? controller.getState().queue.findIndex((item) => item.blockId === fromBlockId) : 0;
  controller.play(Math.max(0, index));
}

// While read-aloud is on (anything but idle: reading, paused, finished), a changed setting is also said
// aloud in the reading voice, so a listener who is not looking knows the key did something.
onConfirmAloud((text) => {
  const controller = readAloudController();
  if (controller.getState().status !== 'idle') controller.announce(text);
});

/** Reads one element alone, such as a glossary explanation. */
export function readOnly(element: HTMLElement) {
  const controller = readAloudController();
  controller.load(buildQueue([element]));
  controller.setRate(Number(appliedPreferences().rate));
  controller.play(0);
}
