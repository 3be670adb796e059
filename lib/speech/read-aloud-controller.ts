import type { SpeechEngine } from './engine';

export type ReadAloudStatus = 'idle' | 'starting' | 'speaking' | 'paused' | 'ended' | 'error';

/** One utterance in reading order, and where it sits: its block (paragraph, summary point) and offsets. */
export type QueueItem = { text: string; blockId: string; start: number; end: number; sentence: number; lang?: string };

export type ReadAloudState = {
  status: ReadAloudStatus;
  queue: QueueItem[];
  index: number;
  rate: number;
  voiceId?: string;
  error?: string;
  /** Utterances skipped because their audio could not be played, for the player to report. */
  skipped: number[];
};

/**
 * The read-aloud state machine and its sentence queue. It knows nothing of the browser: it drives any
 * SpeechEngine. Pause is implemented as cancel, and resume restarts the current sentence — that is what
 * pause() actually does on Android and Linux, and it behaves the same everywhere.
 */
export class ReadAloudController {
  private state: ReadAloudState = { status: 'idle', queue: [], index: 0, rate: 1, skipped: [] };
  private listeners = new Set<() => void>();
  // Each speak() gets a number; events from an older one (after a skip or a stop) are ignored.
  private generation = 0;

  constructor(
    private engine: SpeechEngine,
    private readonly options: { lang: string; onEnded?: () => void },
  ) {}

  getState = (): ReadAloudState => this.state;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  load(queue: QueueItem[]) {
    this.cancelSpeech();
    this.set({ queue, index: 0, status: 'idle', error: undefined, skipped: [] });
  }

  /** Swaps the engine (system voice ⇄ offline audio), carrying on from the same sentence. */
  setEngine(engine: SpeechEngine) {
    if (engine === this.engine) return;
    const wasSpeaking = this.state.status === 'speaking' || this.state.status === 'starting';
    this.cancelSpeech();
    this.engine = engine;
    if (wasSpeaking) this.play(this.state.index);
  }

  get currentEngine(): SpeechEngine {
    return this.engine;
  }

  /** Reads from `index` (default: where we are); called inside the user's click for the first sound. */
  play(index = this.state.index) {
    if (!this.engine.isAvailable()) return this.set({ status: 'error', error: 'unavailable' });
    if (index < 0 || index >= this.state.queue.length) return;
    this.cancelSpeech();
    this.set({ index, status: 'starting', error: undefined });
    this.speakCurrent();
  }

  pause() {
    if (this.state.status !== 'speaking' && this.state.status !== 'starting') return;
    this.cancelSpeech();
    this.set({ status: 'paused' });
  }

  resume() {
    if (this.state.status === 'paused' || this.state.status === 'error') this.play(this.state.index);
  }

  stop() {
    this.cancelSpeech();
    this.set({ status: 'idle', index: 0, error: undefined });
  }

  next() {
    this.moveTo(this.state.index + 1);
  }

  previous() {
    this.moveTo(this.state.index - 1);
  }

  /** The first utterance of the next block (paragraph or summary point). */
  nextBlock() {
    const { queue, index } = this.state;
    const found = queue.findIndex((item, i) => i > index && item.blockId !== queue[index]?.blockId);
    if (found >= 0) this.moveTo(found);
  }

  /** The start of this block, or of the one before when already at its start. */
  previousBlock() {
    const { queue, index } = this.state;
    const blockStart = (i: number) => queue.findIndex((item) => item.blockId === queue[i].blockId);
    const start = blockStart(index);
    this.moveTo(start < index ? start : start > 0 ? blockStart(start - 1) : 0);
  }

  setRate(rate: number) {
    this.set({ rate });
    this.restartIfSpeaking();
  }

  /** A voice the listener picks restarts the sentence in it; a default set as voices load does not. */
  setVoice(voiceId: string | undefined, { restart = true } = {}) {
    this.set({ voiceId });
    if (restart) this.restartIfSpeaking();
  }

  /**
   * Says a short confirmation (「十字线已开启」) in the reading voice. Reading under way stops for it and then
   * goes on from the start of the same sentence; a pause, stop or skip meanwhile wins. Otherwise the state
   * is untouched. A confirmation that cannot be said (no recording of it offline) is simply not said.
   */
  announce(text: string) {
    if (!this.engine.isAvailable()) return;
    const wasReading = this.state.status === 'speaking' || this.state.status === 'starting';
    this.cancelSpeech();
    const generation = this.generation;
    const after = () => {
      if (generation === this.generation && wasReading) this.play(this.state.index);
    };
    this.engine.speak(
      { text, lang: this.options.lang, rate: this.state.rate, voiceId: this.state.voiceId },
      { onStart: () => {}, onEnd: after, onError: after },
    );
  }

  private moveTo(index: number) {
    if (index < 0 || index >= this.state.queue.length) return;
    const { status } = this.state;
    if (status === 'speaking' || status === 'starting') this.play(index);
    else this.set({ index, status: status === 'ended' || status === 'idle' ? 'paused' : status });
  }

  private restartIfSpeaking() {
    if (this.state.status === 'speaking' || this.state.status === 'starting') this.play(this.state.index);
  }

  private speakCurrent() {
    const generation = ++this.generation;
    const item = this.state.queue[this.state.index];
    const current = () => generation === this.generation;
    const advance = () => {
      const next = this.state.index + 1;
      if (next < this.state.queue.length) {
        this.set({ index: next, status: 'speaking' });
        this.speakCurrent();
      } else {
        this.generation++;
        this.set({ status: 'ended' });
        this.options.onEnded?.();
      }
    };
    this.engine.speak(
      { text: item.text, lang: item.lang ?? this.options.lang, rate: this.state.rate, voiceId: this.state.voiceId },
      {
        onStart: () => current() && this.set({ status: 'speaking' }),
        onEnd: () => current() && advance(),
        onError: (error, options) => {
          if (!current()) return;
          if (options?.skippable) {
            this.set({ skipped: [...this.state.skipped, this.state.index] });
            return advance();
          }
          this.generation++;
          this.set({ status: 'error', error });
        },
      },
    );
    const next = this.state.queue[this.state.index + 1];
    if (next) this.engine.preload?.(next.text);
  }

  private cancelSpeech() {
    this.generation++;
    this.engine.cancel();
  }

  private set(patch: Partial<ReadAloudState>) {
    this.state = { ...this.state, ...patch };
    this.listeners.forEach((listener) => listener());
  }
}
