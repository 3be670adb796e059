import type { Page } from '@playwright/test';

export type FakeSpeechOptions = {
  /** Voices the fake offers (default: one zh-CN voice); they appear after `voicesAfterMs`, as in browsers. */
  voices?: { name: string; lang: string; localService?: boolean }[];
  voicesAfterMs?: number;
  /** Finish each utterance by itself after a short while; false to finish them from the test. */
  autoEnd?: boolean;
  /** How long a finished-by-itself utterance takes (default: 40 ms plus 3 ms a character). */
  utteranceMs?: number;
  /** Make the utterance with this (0-based) number fail with `synthesis-failed`. */
  failAt?: number;
  /** Remove speechSynthesis entirely, as several vendor Android browsers do. */
  absent?: boolean;
};

export type SpokenRecord = { text: string; lang: string; rate: number; voice: string | null };

/**
 * Replaces window.speechSynthesis before any page script runs with a scripted fake that behaves like a
 * browser: events are asynchronous, cancel() makes the current utterance report `interrupted`, the
 * voice list fills late, and an utterance can fail. Headless Chromium here has no voices of its own.
 */
export async function installFakeSpeech(page: Page, options: FakeSpeechOptions = {}) {
  await page.addInitScript(fakeSpeech, options);
}

/**
 * The fake itself, run in the page before its scripts: by Playwright's addInitScript here, and by the other
 * engines' preload scripts (e2e/engines). Self-contained, as it is sent to the page as source.
 */
export function fakeSpeech(opts: FakeSpeechOptions) {
  if (opts.absent) {
    delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
    return;
  }
  type Handler = ((event: { error?: string; charIndex?: number }) => void) | null;
  class FakeUtterance {
    lang = '';
    rate = 1;
    pitch = 1;
    voice: { name: string } | null = null;
    onstart: Handler = null;
    onend: Handler = null;
    onerror: Handler = null;
    onboundary: Handler = null;
    constructor(public text: string) {}
  }
  const state = {
    spoken: [] as { text: string; lang: string; rate: number; voice: string | null }[],
    cancels: 0,
    autoEnd: opts.autoEnd ?? true,
    current: null as FakeUtterance | null,
    voicesReady: false,
  };
  const voices = (opts.voices ?? [{ name: 'Tingting', lang: 'zh-CN' }]).map((v) => ({ voiceURI: v.name, name: v.name, lang: v.lang, localService: v.localService ?? true, default: false }));
  const listeners: (() => void)[] = [];
  setTimeout(() => {
    state.voicesReady = true;
    listeners.forEach((l) => l());
  }, opts.voicesAfterMs ?? 300);
  const finish = (u: FakeUtterance) => {
    if (state.current !== u) return;
    state.current = null;
    const n = state.spoken.findIndex((s) => s === (u as unknown as { record: unknown }).record);
    if (opts.failAt !== undefined && n === opts.failAt) u.onerror?.({ error: 'synthesis-failed' });
    else u.onend?.({});
  };
  const synth = {
    get speaking() {
      return !!state.current;
    },
    pending: false,
    paused: false,
    getVoices: () => (state.voicesReady ? voices : []),
    speak(u: FakeUtterance) {
      const record = { text: u.text, lang: u.lang, rate: u.rate, voice: u.voice?.name ?? null };
      (u as unknown as { record: unknown }).record = record;
      state.spoken.push(record);
      state.current = u;
      setTimeout(() => {
        if (state.current !== u) return;
        u.onstart?.({});
        if (state.autoEnd) setTimeout(() => finish(u), opts.utteranceMs ?? 40 + u.text.length * 3);
      }, 15);
    },
    cancel() {
      state.cancels++;
      const u = state.current;
      state.current = null;
      if (u) setTimeout(() => u.onerror?.({ error: 'interrupted' }), 5);
    },
    pause() {},
    resume() {},
    addEventListener: (name: string, fn: () => void) => name === 'voiceschanged' && listeners.push(fn),
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
  (window as unknown as { fakeSpeech: unknown }).fakeSpeech = {
    state,
    endCurrent: () => state.current && finish(state.current),
  };
}

export const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { fakeSpeech: { state: { spoken: SpokenRecord[] } } }).fakeSpeech.state.spoken);

export const endCurrentUtterance = (page: Page) =>
  page.evaluate(() => (window as unknown as { fakeSpeech: { endCurrent: () => void } }).fakeSpeech.endCurrent());
