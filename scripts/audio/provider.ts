/**
 * Where the offline audio's sound comes from. The default is eSpeak NG's Mandarin voice, embedded and
 * offline; a cloud TTS plugs in by implementing this (see README, "Offline audio").
 */
export type SpeechProvider = {
  /** Part of every file's name: change it when the voice or settings change, and all audio is redone. */
  id: string;
  synthesize(text: string): Promise<{ samples: Float32Array; sampleRate: number }>;
};
