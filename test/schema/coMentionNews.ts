import type { NewsSpec } from "./newsroom.ts";

/**
 * Eight articles, so that the most frequent partner is not the most significant one:
 *   Kanwil Ditjenpas Jateng   a1–a8 (everywhere)
 *   Hemu                      a1–a4        Lapas Pati  a1–a3       Rutan Demak  a5–a8
 *   Mardi Santoso             a4–a8        Sari        a1–a2
 *   topic UMKM                a1–a3        topic ketahanan pangan  a4–a8
 * Hemu shares 4 articles with the Kanwil (exactly what chance gives: it is in all) and 3 with
 * Lapas Pati (which appears nowhere else): by count the Kanwil comes first, by significance Lapas Pati.
 */
const has = (index: number, from: number, to: number) => index >= from && index <= to;
export const CO_MENTION_NEWS: NewsSpec[] = Array.from({ length: 8 }, (_, i) => {
  const n = i + 1;
  return {
    slug: `co-${n}`,
    publishedAt: `2025-0${1 + (n % 8)}-0${n}T10:00:00+07:00`,
    institutions: ["kanwil-jateng", ...(has(n, 1, 3) ? ["lapas-pati"] : []), ...(has(n, 5, 8) ? ["rutan-demak"] : [])],
    people: [...(has(n, 1, 4) ? ["hemu"] : []), ...(has(n, 4, 8) ? ["mardi"] : []), ...(has(n, 1, 2) ? ["sari"] : [])],
    topics: [has(n, 1, 3) ? "UMKM" : "ketahanan pangan"],
  };
});
