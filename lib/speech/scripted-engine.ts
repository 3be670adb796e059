import type { EngineVoice, SpeakEvents, SpeakRequest, SpeechEngine } from './engine';

/**
 * An engine for unit tests that behaves like a browser: events arrive later, not inside speak(); a
 * cancelled utterance may still report `end`; any utterance can be scripted to fail.
 */
export class ScriptedEngine implements SpeechEngine {
  spoken: SpeakRequest[] = [];
  cancels = 0;
  available = true;
  preload?: (text: string) => void;
  private active: { request: SpeakRequest; events: SpeakEvents } | null = null;

  constructor(private readonly voiceList: EngineVoice[] = []) {}

  isAvailable() {
    return this.available;
  }

  async voices() {
    return this.voiceList;
  }

  speak(request: SpeakRequest, events: SpeakEvents) {
    this.spoken.push(request);
    this.active = { request, events };
  }

  cancel() {
    this.cancels++;
  }

  /** The engine starts the latest utterance (asynchronously, as browsers do). */
  start() {
    this.active?.events.onStart();
  }

  /** The latest utterance finishes; `stale` replays the end of one cancelled earlier. */
  end(stale?: { events: SpeakEvents }) {
    const target = stale ?? this.active;
    if (!stale) this.active = null;
    target?.events.onEnd();
  }

  fail(error = 'synthesis-failed') {
    const target = this.active;
    this.active = null;
    target?.events.onError(error);
  }

  get current() {
    return this.active;
  }
}
