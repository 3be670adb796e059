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

/**
 * The 繁體 pages ask for their own words. Each 繁體 utterance is the original's utterance at the same place
 * (conversion keeps every character's position), so it is played from the same file. `traditional` must
 * list the same texts as `original`, in the same order (spokenTexts of each edition).
 */
export function traditionalAliases(original: string[], traditional: string[]): Map<string, string> {
  if (original.length !== traditional.length) throw new Error('the 繁體 edition lists a different number of texts');
  const aliases = new Map<string, string>();
  original.forEach((text, index) => {
    const from = splitUtterances(text);
    const to = splitUtterances(traditional[index]);
    if (from.length !== to.length || from.some((u, i) => u.start !== to[i].start || u.end !== to[i].end)) {
      throw new Error(`「${text.slice(0, 30)}」 splits into different utterances in 繁體`);
    }
    to.forEach((u, i) => u.text !== from[i].text && aliases.set(u.text, from[i].text));
  });
  return aliases;
}
