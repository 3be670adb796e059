/** Where the offline audio lives under public/, and the manifest that maps each utterance to its file. */
export const AUDIO_DIR = 'audio';
export const MANIFEST_FILE = 'audio-manifest.json';

export type AudioManifest = {
  provider: string;
  /** Keyed by the utterance's text exactly as the read-aloud hook splits it. */
  utterances: Record<string, { file: string; seconds: number }>;
};
