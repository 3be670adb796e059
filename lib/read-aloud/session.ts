import { AudioEngine } from '@/lib/speech/audio-engine';
import type { SpeechEngine } from '@/lib/speech/engine';
import { ReadAloudController } from '@/lib/speech/read-aloud-controller';
import { chineseVoices, WebSpeechEngine } from '@/lib/speech/web-speech-engine';

/**
 * One read-aloud session per browser tab. It lives in a module, not a component, so it survives the
 * client-side navigation 连读 uses to go on into the next section: the document stays the same, and
 * with it the user activation that speech needs.
 */
export type EngineKind = 'system' | 'audio';

let engines: Record<EngineKind, SpeechEngine> | null = null;
let controller: ReadAloudController | null = null;
let continueHandler: (() => void) | null = null;
let autoplayOnNextPage = false;
let systemHasChinese: Promise<boolean> | null = null;
let automaticChoice: Promise<EngineKind> | null = null;
let chosenByListener = false;

function allEngines() {
  engines ??= { system: new WebSpeechEngine(), audio: new AudioEngine() };
  return engines;
}

export function systemEngine(): WebSpeechEngine {
  return allEngines().system as WebSpeechEngine;
}

/** Whether the device has a Chinese system voice (the voice list may take up to 5 s to fill). */
export function systemHasChineseVoice(): Promise<boolean> {
  systemHasChinese ??= systemEngine().isAvailable()
    ? systemEngine().voices().then((voices) => chineseVoices(voices).length > 0)
    : Promise.resolve(false);
  return systemHasChinese;
}

export function readAloudController(): ReadAloudController {
  // Until the voice list is known, a device with speechSynthesis starts with it; see chooseEngine().
  controller ??= new ReadAloudController(systemEngine().isAvailable() ? allEngines().system : allEngines().audio, {
    lang: 'zh-CN',
    onEnded: () => continueHandler?.(),
  });
  return controller;
}

export function engineKind(): EngineKind {
  return readAloudController().currentEngine === allEngines().audio ? 'audio' : 'system';
}

/** The listener's own choice of sound, which the automatic choice never overrides. */
export function switchEngine(kind: EngineKind) {
  chosenByListener = true;
  readAloudController().setEngine(allEngines()[kind]);
}

/** A Chinese system voice when there is one, otherwise the offline audio; decided once per tab. */
export function chooseEngine(): Promise<EngineKind> {
  automaticChoice ??= systemHasChineseVoice().then((hasChinese) => {
    const kind: EngineKind = hasChinese ? 'system' : 'audio';
    if (!chosenByListener) readAloudController().setEngine(allEngines()[kind]);
    return kind;
  });
  return automaticChoice.then(() => engineKind());
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
