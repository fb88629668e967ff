import type { ExtractOptions } from "../ingest/extract/index.ts";
import type { PrismaClient } from "../store/index.ts";
import { type ExtractionPool, extractionPool } from "./extractionPool.ts";
import { type WriteResult, writeArticleDraft } from "./writeArticle.ts";

/**
 * Reads plain article text into the graph: extraction and validation in a worker thread (see
 * extractionPool.ts), then one transaction. An ExtractionError, DraftValidationError or
 * ExtractionTimeoutError leaves the graph untouched.
 */
export async function ingestArticleText(
  prisma: PrismaClient,
  text: string,
  options: ExtractOptions = {},
  pool: ExtractionPool = extractionPool(),
): Promise<WriteResult> {
  const draft = await pool.extract(text, options);
  return writeArticleDraft(prisma, draft);
}
