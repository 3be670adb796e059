import { createHash } from 'node:crypto';
import { splitUtterances } from '@/lib/speech/split-utterances';
import { normalizeForSpeech } from '@/lib/speech/normalize-for-speech';

export type PlannedUtterance = { text: string; spoken: string; file: string };

/**
 * Every utterance the reader can ask for, exactly as the read-aloud hook splits it, each with the file
 * it will be played from. The name is a hash of what is synthesized and how, so an unchanged utterance
 * keeps its file (and any cache keeps it) and a changed one gets a new file.
 */
export function planAudio(texts: string[], providerId: string): PlannedUtterance[] {
  const seen = new Set<string>();
  return texts
    .flatMap((text) => splitUtterances(text).map((u) => u.text))
    .filter((text) => !seen.has(text) && !!seen.add(text))
    .map((text) => {
      const spoken = normalizeForSpeech(text);
      const hash = createHash('sha256').update(`${providerId}\n${spoken}`).digest('hex').slice(0, 20);
      return { text, spoken, file: `${hash}.mp3` };
    });
}
