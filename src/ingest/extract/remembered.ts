/** How many answers a remembered function keeps before it forgets them all. */
export const MAX_REMEMBERED = 20_000;

/**
 * `compute` with its answers remembered by argument, for the pure lookups extraction asks again
 * and again (the same names recur in article after article). The arguments come from article
 * text, so the memory is bounded: at `max` answers it is cleared and fills again.
 */
export function remembered<T>(compute: (key: string) => T, max = MAX_REMEMBERED): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as T;
    const answer = compute(key);
    if (answers.size >= max) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
