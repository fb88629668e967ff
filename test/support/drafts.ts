import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SEED_DRAFT_PATH } from "../../src/graph/index.ts";
import type { ArticleDraftInput } from "../../src/ingest/draft.ts";

/** The hand-checked draft of the seed article, fresh for each caller to modify. */
export function seedDraft(): ArticleDraftInput & { article: NonNullable<ArticleDraftInput["article"]> } {
  return JSON.parse(readFileSync(SEED_DRAFT_PATH, "utf8"));
}

type SeedArticle = ReturnType<typeof seedDraft>["article"];

/**
 * The seed draft as an article of its own: `name` in its title and url (under `topic`), so the
 * store keeps it beside the seed; `article` replaces what the caller's case is about.
 */
export function seedAsArticle(
  topic: string,
  name: string,
  article: Partial<SeedArticle> = {},
): ArticleDraftInput & { article: SeedArticle } {
  const draft = seedDraft();
  return {
    ...draft,
    extractorVersion: "test",
    article: {
      ...draft.article,
      title: `${draft.article.title} (${name})`,
      slug: undefined,
      url: `https://news.example.test/${topic}/${name}`,
      ...article,
    },
  };
}

/**
 * Another article about the same institutions: the seed with its own title, url, date and one
 * more person, so a store of many articles links them all to Rutan Blora.
 */
export function syntheticDraft(index: number): ArticleDraftInput {
  const draft = seedDraft();
  const title = `Laporan ${index}: ${draft.article.title}`;
  const reporter = `Petugas Nomor ${index}`;
  const body = `${draft.article.body}\n\nLaporan ini disusun oleh ${reporter} dari Rutan Blora.`;
  const start = body.lastIndexOf(reporter);
  const day = String(1 + (index % 28)).padStart(2, "0");
  const month = String(1 + (Math.floor(index / 28) % 12)).padStart(2, "0");
  return {
    ...draft,
    extractorVersion: "test",
    article: {
      ...draft.article,
      title,
      slug: undefined,
      body,
      url: `https://news.example.test/artikel/${index}`,
      publishedAt: `2025-${month}-${day}T10:${String(index % 60).padStart(2, "0")}:00+07:00`,
    },
    people: [
      ...(draft.people ?? []),
      { key: "reporter", name: reporter, mentions: [{ start, end: start + reporter.length }] },
    ],
    positions: [
      ...(draft.positions ?? []),
      {
        person: "reporter",
        institution: "rutan-blora",
        role: "Petugas",
        title: "Petugas Rutan Blora",
        provenance: { start, end: start + reporter.length },
      },
    ],
  };
}

/** The seed article as plain text (eval/articles/seed.txt is an exact copy of the product owner's seed). */
export const SEED_TEXT_PATH = fileURLToPath(new URL("../../eval/articles/seed.txt", import.meta.url));
export const seedText = (): string => readFileSync(SEED_TEXT_PATH, "utf8");

/** A made-up police press article for the eval's tests: a titled official, a post, a place and a quote. */
export const MADE_UP_POLICE_ARTICLE = `WARTA CONTOH

Kapolres Sukamaju Tinjau Pos Pengamanan

Redaksi

Senin, 3 Maret 2025 - 10:00 WIB

SUKAMAJU - Kapolres Sukamaju AKBP Budi Santosa meninjau pos pengamanan di Kecamatan Sukamaju, Senin (3/3/2025).

"Kami siap mengamankan jalur mudik," kata AKBP Budi Santosa.
`;
