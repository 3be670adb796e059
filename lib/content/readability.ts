/** Sentences of Chinese text, split after 。！？ (and ; for the official text's long enumerations, not counted). */
export function chineseSentences(text: string): string[] {
  return text
    .split(/(?<=[。！？!?])/)
    .map((s) => s.trim())
    .filter((s) => /\p{Script=Han}/u.test(s));
}

export const hanziCount = (text: string) => (text.match(/\p{Script=Han}/gu) ?? []).length;

/** Average hanzi per sentence: the measure the summaries aim to keep at ≤ 20. */
export function averageSentenceLength(texts: string[]): number {
  const sentences = texts.flatMap(chineseSentences);
  return sentences.reduce((sum, s) => sum + hanziCount(s), 0) / sentences.length;
}
