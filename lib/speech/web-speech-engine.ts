import type { EngineVoice, SpeakEvents, SpeakRequest, SpeechEngine } from './engine';

/** Chrome drops a speak() that follows cancel() too closely; 50 ms is enough on every platform seen. */
export const SPEAK_AFTER_CANCEL_MS = 50;
/** getVoices() is empty at first on most browsers: wait for voiceschanged, polling, up to 5 s. */
export const VOICE_POLL_MS = 250;
export const VOICE_WAIT_MS = 5000;

/**
 * The only module that touches window.speechSynthesis. It hides the Web Speech API's traps from the
 * rest of the code: late voices, speak-after-cancel being dropped, utterances garbage-collected before
 * their `end` fires, and the `interrupted` error that our own cancel() causes.
 */
export class WebSpeechEngine implements SpeechEngine {
  // Holding the utterance keeps Chrome and Safari from collecting it, which would lose its `end` event.
  private current: SpeechSynthesisUtterance | null = null;
  private lastCancel = -Infinity;
  private pending: ReturnType<typeof setTimeout> | null = null;
  private voiceList: Promise<EngineVoice[]> | null = null;

  // The window is looked up on use, so the engine can be created while a page is prerendered.
  constructor(private readonly windowOverride?: Window & typeof globalThis) {}

  private get win(): (Window & typeof globalThis) | undefined {
    return this.windowOverride ?? (typeof window === 'undefined' ? undefined : window);
  }

  private get synth(): SpeechSynthesis | undefined {
    return this.win?.speechSynthesis;
  }

  isAvailable(): boolean {
    return !!this.synth && typeof this.win?.SpeechSynthesisUtterance === 'function';
  }

  voices(): Promise<EngineVoice[]> {
    this.voiceList ??= new Promise((resolve) => {
      const synth = this.synth;
      if (!synth) return resolve([]);
      const read = () => synth.getVoices().map(toEngineVoice);
      const now = read();
      if (now.length) return resolve(now);
      const started = Date.now();
      const finish = () => {
        clearInterval(poll);
        synth.removeEventListener?.('voiceschanged', onChange);
        resolve(read());
      };
      const onChange = () => read().length && finish();
      synth.addEventListener?.('voiceschanged', onChange);
      const poll = setInterval(() => {
        if (read().length || Date.now() - started >= VOICE_WAIT_MS) finish();
      }, VOICE_POLL_MS);
    });
    return this.voiceList;
  }

  speak(request: SpeakRequest, events: SpeakEvents): void {
    const synth = this.synth;
    if (!synth || !this.win) return events.onError('unavailable');
    const utterance = new this.win.SpeechSynthesisUtterance(request.text);
    utterance.lang = request.lang;
    utterance.rate = request.rate;
    const voice = request.voiceId ? synth.getVoices().find((v) => v.voiceURI === request.voiceId) : undefined;
    try {
      if (voice) utterance.voice = voice;
    } catch {
      // Some engines reject a voice object they did not create; the utterance's lang still picks one.
    }
    utterance.onstart = () => this.current === utterance && events.onStart();
    utterance.onend = () => this.current === utterance && this.finish(events.onEnd);
    utterance.onerror = (event) => {
      // `interrupted` and `canceled` follow our own cancel(); they are not failures of the reading.
      if (this.current !== utterance || event.error === 'interrupted' || event.error === 'canceled') return;
      this.finish(() => events.onError(event.error));
    };
    utterance.onboundary = (event) =>
      this.current === utterance && events.onBoundary?.(event.charIndex, event.charLength ?? 0);
    this.current = utterance;

    const wait = this.lastCancel + SPEAK_AFTER_CANCEL_MS - Date.now();
    const go = () => {
      this.pending = null;
      try {
        synth.speak(utterance);
      } catch (error) {
        this.finish(() => events.onError(error instanceof Error ? error.message : 'speak-failed'));
      }
    };
    // The first speak() stays synchronous, inside the user's gesture, as Chrome and iOS require.
    if (wait > 0) this.pending = setTimeout(go, wait);
    else go();
  }

  cancel(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = null;
    this.current = null;
    this.lastCancel = Date.now();
    try {
      this.synth?.cancel();
    } catch {
      // A broken speechSynthesis must not break the page; the controller already stopped.
    }
  }

  private finish(callback: () => void) {
    this.current = null;
    callback();
  }
}

function toEngineVoice(voice: SpeechSynthesisVoice): EngineVoice {
  return { id: voice.voiceURI, name: voice.name, lang: voice.lang.replace('_', '-'), local: voice.localService };
}

/** Chinese (Mandarin) voices, local ones first: they need no network, which matters in mainland China. */
export function chineseVoices(voices: EngineVoice[]): EngineVoice[] {
  return voices
    .filter((v) => /^(zh|cmn)(-|$)/i.test(v.lang) && !/^zh-(HK|yue)/i.test(v.lang))
    .sort((a, b) => Number(b.local) - Number(a.local) || Number(b.lang === 'zh-CN') - Number(a.lang === 'zh-CN'));
}
