import { parseArticleDraft } from "../ingest/draft.ts";
import { type ExtractOptions, extractArticle } from "../ingest/extract/index.ts";
import type { PrismaClient } from "../store/index.ts";
import { type WriteResult, writeArticleDraft } from "./writeArticle.ts";

/**
 * Reads plain article text into the graph: extraction (pure), validation, then one
 * transaction. An ExtractionError or DraftValidationError leaves the graph untouched.
 */
export async function ingestArticleText(
  prisma: PrismaClient,
  text: string,
  options: ExtractOptions = {},
): Promise<WriteResult> {
  const draft = parseArticleDraft(extractArticle(text, options));
  return writeArticleDraft(prisma, draft);
}
