import type { Synonyms } from './synonyms';

/**
 * The searches a reader's words stand for, best first: the words with each everyday word replaced by each official
 * one (打官司 → 诉讼, 应诉, 复议); each official word alone, for a question that asks two things at once (明年打算 →
 * 主要安排, 下一步); last the words as typed. An everyday word is by definition not the document's, so as typed it
 * finds only passages sharing a stray character (做生意 → 做); the official words find the passage meant.
 * Pure, so it runs in the browser and is tested here.
 */
export function expandQuery(query: string, synonyms: Synonyms): string[] {
  const typed = query.trim().replace(/\s+/g, ' ');
  if (!typed) return [];
  const matched = synonyms.flatMap(({ words, means }) => words.filter((word) => typed.includes(word)).map((word) => ({ word, means })));
  const replaced = matched.flatMap(({ word, means }) => means.map((official) => typed.replace(word, official)));
  const alone = matched.flatMap(({ means }) => means);
  return [...new Set([...replaced, ...alone, typed])];
}
