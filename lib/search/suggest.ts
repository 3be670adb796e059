/** How many single-character edits (insert, delete, replace) turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[y.length];
}

/**
 * Words the library knows that a query with no results was probably meant to be: one character off, for a
 * query of two or more (调节 → 调解, 腹议 → 复议). At most `limit`, closest first.
 */
export function suggestions(query: string, vocabulary: string[], limit = 3): string[] {
  const typed = query.trim();
  if ([...typed].length < 2) return [];
  return [...new Set(vocabulary)]
    .map((word) => ({ word, distance: editDistance(typed, word) }))
    .filter(({ word, distance }) => word !== typed && distance <= 1)
    .sort((a, b) => a.distance - b.distance || a.word.length - b.word.length)
    .slice(0, limit)
    .map(({ word }) => word);
}
