import { ReadAloudController } from '@/lib/speech/read-aloud-controller';
import { WebSpeechEngine } from '@/lib/speech/web-speech-engine';

/**
 * One read-aloud session per browser tab. It lives in a module, not a component, so it survives the
 * client-side navigation 连读 uses to go on into the next section: the document stays the same, and
 * with it the user activation that speech needs.
 */
let engine: WebSpeechEngine | null = null;
let controller: ReadAloudController | null = null;
let continueHandler: (() => void) | null = null;
let autoplayOnNextPage = false;

export function readAloudEngine(): WebSpeechEngine {
  engine ??= new WebSpeechEngine();
  return engine;
}

export function readAloudController(): ReadAloudController {
  controller ??= new ReadAloudController(readAloudEngine(), {
    lang: 'zh-CN',
    onEnded: () => continueHandler?.(),
  });
  return controller;
}

/** What to do when a section has been read to its end (go on to the next one, if the listener wants). */
export function onSectionEnded(handler: (() => void) | null) {
  continueHandler = handler;
}

export function requestAutoplayOnNextPage(value: boolean) {
  autoplayOnNextPage = value;
}

export function takeAutoplayRequest(): boolean {
  const requested = autoplayOnNextPage;
  autoplayOnNextPage = false;
  return requested;
}
