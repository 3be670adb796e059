import { AUDIO_DIR, MANIFEST_FILE, type AudioManifest } from './audio-manifest';
import type { EngineVoice, SpeakEvents, SpeakRequest, SpeechEngine } from './engine';

export const OFFLINE_VOICE: EngineVoice = { id: 'offline-cmn', name: 'offline', lang: 'zh-CN', local: true };

/**
 * Plays pre-generated Mandarin audio, one file per utterance, with the same events as a speech voice,
 * so the controller, the player and the highlighting work unchanged. For devices with no Chinese voice.
 * Speed is the audio's playbackRate, with pitch preserved.
 */
export class AudioEngine implements SpeechEngine {
  private manifest: Promise<AudioManifest | null> | null = null;
  private audio: HTMLAudioElement | null = null;
  private generation = 0;

  constructor(private readonly base = '/') {}

  isAvailable(): boolean {
    return typeof Audio !== 'undefined';
  }

  async voices(): Promise<EngineVoice[]> {
    return [OFFLINE_VOICE];
  }

  private loadManifest(): Promise<AudioManifest | null> {
    this.manifest ??= fetch(`${this.base}${MANIFEST_FILE}`)
      .then((response) => (response.ok ? (response.json() as Promise<AudioManifest>) : null))
      .catch(() => null);
    return this.manifest;
  }

  private url(file: string) {
    return `${this.base}${AUDIO_DIR}/${file}`;
  }

  speak(request: SpeakRequest, events: SpeakEvents): void {
    const generation = ++this.generation;
    const current = () => generation === this.generation;
    const audio = this.element();
    void this.loadManifest().then((manifest) => {
      if (!current()) return;
      if (!manifest) return events.onError('no-audio');
      const entry = manifest.utterances[request.text];
      if (!entry) return events.onError('missing-audio', { skippable: true });
      audio.onplaying = () => current() && events.onStart();
      audio.onended = () => current() && events.onEnd();
      audio.onerror = () => current() && events.onError('missing-audio', { skippable: true });
      audio.src = this.url(entry.file);
      audio.preservesPitch = true;
      audio.defaultPlaybackRate = request.rate;
      audio.playbackRate = request.rate;
      audio.play().catch((error: Error) => {
        if (!current() || error.name === 'AbortError') return;
        events.onError(error.name === 'NotAllowedError' ? 'not-allowed' : 'audio-error');
      });
    });
  }

  /** One element, reused: once played inside the listener's tap, mobile browsers let it go on playing. */
  private element(): HTMLAudioElement {
    if (!this.audio) {
      this.audio = new Audio();
      this.audio.hidden = true;
      this.audio.dataset.readAloud = '';
      document.body.append(this.audio);
    }
    return this.audio;
  }

  cancel(): void {
    this.generation++;
    this.audio?.pause();
  }

  preload(text: string): void {
    void this.loadManifest().then((manifest) => {
      const entry = manifest?.utterances[text];
      // The files are cached as immutable, so fetching now makes the next play start at once.
      if (entry) void fetch(this.url(entry.file)).catch(() => undefined);
    });
  }
}
