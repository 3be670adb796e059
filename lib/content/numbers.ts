/** Every number written in digits in a text, e.g. 「综合调解率28.05%」 → ["28.05"]. */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d+(?:\.\d+)?/g)].map((match) => match[0]);
}
