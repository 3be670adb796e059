/**
 * The seam between reading aloud and whatever makes the sound: the browser's voices, pre-generated
 * audio, or a test fake. The read-aloud controller drives any engine through this and nothing else.
 */
export type EngineVoice = { id: string; name: string; lang: string; local: boolean };

export type SpeakRequest = { text: string; lang: string; rate: number; voiceId?: string };

export type SpeakEvents = {
  onStart: () => void;
  onEnd: () => void;
  /**
   * A failure of this utterance (never called for the cancel the controller asked for). `skippable`
   * means only this piece is lost (a missing audio file): reading can go on with the next.
   */
  onError: (error: string, options?: { skippable?: boolean }) => void;
  /** Where the engine reports word positions; unreliable for Chinese, so only an extra. */
  onBoundary?: (charIndex: number, charLength: number) => void;
};

export interface SpeechEngine {
  /** False where the platform cannot speak at all (no speechSynthesis, say). */
  isAvailable(): boolean;
  /** The voices it offers, once loaded (some platforms fill the list late). */
  voices(): Promise<EngineVoice[]>;
  speak(request: SpeakRequest, events: SpeakEvents): void;
  cancel(): void;
  /** A hint that this text comes next, so an engine that fetches audio can have it ready in time. */
  preload?(text: string): void;
}
