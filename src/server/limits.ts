import { MAX_PAGE_SIZE } from "../schema/builder.ts";
import { MAX_INGEST_TEXT } from "../schema/mutations/ingestArticle.ts";

/**
 * Every bound a request meets, in one place (the README's "Running in production" lists them).
 * Nothing a client sends makes the server read, hold or compute without limit: the body and a
 * WebSocket message are cut off by size, the document by length, depth, aliases, directives,
 * tokens and cost, and every string argument by length, content and, for searches, word count.
 *
 * Only the body size is configurable (WARTAGRAPH_MAX_BODY_BYTES, parsed in src/config.ts): it is
 * the one an operator tunes to the articles a newsroom sends; the others bound work per request.
 */
export const LIMITS = {
  /** default of WARTAGRAPH_MAX_BODY_BYTES: an HTTP body, and one WebSocket message, in bytes */
  defaultMaxBodyBytes: 8 * 1024 * 1024,
  /** characters of GraphQL document text; long article text belongs in variables */
  maxQueryLength: 100_000,
  /** graphql-armor: nesting of selections */
  maxDepth: 12,
  /** graphql-armor: aliases in one document */
  maxAliases: 20,
  /** graphql-armor: directives in one document */
  maxDirectives: 20,
  /** graphql-armor: lexical tokens in one document */
  maxTokens: 2000,
  /** graphql-armor: estimated cost of one operation */
  maxCost: 20_000,
  /**
   * fields in one selection set, its inline fragments' included: graphql-js compares every pair
   * of them for conflicts (OverlappingFieldsCanBeMerged), so 150 repeated fields took 2.7 s to
   * validate, well within the token limit
   */
  maxFieldsPerSelectionSet: 100,
  /** characters of any string argument not named below (names, slugs, URLs, IDs, cursors, topics) */
  maxStringArgument: 4_000,
  /** characters of a `search` argument */
  maxSearchLength: 500,
  /**
   * words of a `search` argument: PostgreSQL builds one tsquery node per word, and 10,000 words
   * froze PGlite and overflowed PostgreSQL's stack in websearch_to_tsquery
   */
  maxSearchTerms: 32,
  /** characters of `ingestArticle(input: { text })`; the mutation checks it too */
  maxIngestText: MAX_INGEST_TEXT,
  /** nesting of a JSON value given for an argument */
  maxInputDepth: 32,
  /** `first` of a connection or list (enforced by the schema) */
  maxPageSize: MAX_PAGE_SIZE,
} as const;

/**
 * String arguments whose bound is not `maxStringArgument`, by where they are given: an input
 * object's field (`Type.field`) or a field's argument (`Type.field(argument)`).
 */
export const STRING_ARGUMENT_CAPS: Readonly<Record<string, number>> = {
  "IngestArticleInput.text": LIMITS.maxIngestText,
};

/** Every argument or input field with this name is a search: `maxSearchLength`, `maxSearchTerms`. */
export const SEARCH_ARGUMENT = "search";
