import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parseArticleDraft } from "../ingest/draft.ts";
import type { PrismaClient } from "../store/index.ts";
import { writeArticleDraft } from "./writeArticle.ts";

/** The hand-checked draft of the first article, loaded into an empty store so a first run shows a graph. */
export const SEED_DRAFT_PATH = fileURLToPath(new URL("../../prisma/seed/seed-article.draft.json", import.meta.url));

/** Writes the seed article when the store holds no article yet; returns whether it did. */
export async function seedEmptyStore(prisma: PrismaClient): Promise<boolean> {
  if ((await prisma.article.count()) > 0) return false;
  const draft = parseArticleDraft(JSON.parse(await readFile(SEED_DRAFT_PATH, "utf8")));
  await writeArticleDraft(prisma, draft);
  return true;
}
