export {
  API_SCOPES,
  ApiKeyError,
  type ApiKeyInfo,
  type ApiScope,
  createApiKey,
  hashApiKey,
  isApiScope,
  listApiKeys,
  revokeApiKey,
} from "./apiKeys.ts";
export { type BulkOutcome, type BulkWriteOptions, writeArticleDrafts } from "./bulkWrite.ts";
export { ingestArticleText } from "./ingestText.ts";
export { SEED_DRAFT_PATH, seedEmptyStore } from "./seed.ts";
export { CURATED_EXTRACTOR, contentHashOf, type WriteResult, writeArticleDraft } from "./writeArticle.ts";
