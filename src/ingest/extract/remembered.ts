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
    const own = ownCopy(key);
    const answer = compute(own);
    if (answers.size >= max) answers.clear();
    answers.set(own, answer);
    return answer;
  };
}

/**
 * A copy of `text` that shares no memory with the text it was cut from. The engine may keep a
 * long substring as a view of its whole article; kept in a memory that outlives the article, the
 * view (or an answer computed from it) would keep the article alive too.
 */
export function ownCopy(text: string): string {
  return text.split("").join("");
}
