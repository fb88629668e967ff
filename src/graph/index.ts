export { API_SCOPES, type ApiScope, createApiKey, hashApiKey, revokeApiKey } from "./apiKeys.ts";
export { ingestArticleText } from "./ingestText.ts";
export { SEED_DRAFT_PATH, seedEmptyStore } from "./seed.ts";
export { CURATED_EXTRACTOR, contentHashOf, type WriteResult, writeArticleDraft } from "./writeArticle.ts";
