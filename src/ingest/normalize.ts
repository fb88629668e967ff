const ASCII = /^\p{ASCII}*$/u;

/**
 * The comparison key of a name: what entity resolution and alias lookups match on.
 * Case, diacritics, punctuation and spacing never make two names differ.
 */
export function normalizeName(name: string): string {
  // Plain ASCII has no marks to strip and no letters or digits beyond a-z and 0-9.
  if (ASCII.test(name))
    return name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A URL-safe slug of a title: lowercase ASCII words joined by hyphens, at most `maxLength` long. */
export function slugify(text: string, maxLength = 150): string {
  const slug = normalizeName(text)
    .replace(/[^a-z0-9 ]+/g, "")
    .trim()
    .replace(/ +/g, "-");
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf("-");
  return lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut;
}
