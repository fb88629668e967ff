export { addAlias, removeAlias, renameEntity, withoutBlockedAliases } from "./aliases.ts";
export {
  type Actor,
  CURATED_TYPENAMES,
  type CuratedTypename,
  CurationError,
  globalIdOf,
  type NodeRef,
} from "./common.ts";
export {
  confirmFact,
  dropRejectedFacts,
  FACT_KINDS,
  type FactDecisionRow,
  type FactTypename,
  isFactTypename,
  rejectFact,
} from "./decisions.ts";
export { mergeEntities } from "./merge.ts";
export { setParent } from "./parent.ts";
export { correctPublishedDate, parsePublishedDate } from "./publishedDate.ts";
export { findRedirect, idOrMergedInto, keptIdSql } from "./redirects.ts";
export { MAX_SPLIT_ARTICLES, splitPerson } from "./split.ts";
