import { queryFromInfo } from "@pothos/plugin-prisma";
import { GraphQLError } from "graphql";
import { ExtractionBusyError, ExtractionTimeoutError } from "../../graph/extractionPool.ts";
import { ingestArticleText } from "../../graph/index.ts";
import { DraftValidationError } from "../../ingest/draft.ts";
import { ExtractionError } from "../../ingest/extract/index.ts";
import { builder } from "../builder.ts";
import { ArticleRef } from "../types/Article.ts";

/** Longest article text the mutation accepts (the extractor's own limit is higher, for files). */
export const MAX_INGEST_TEXT = 1_000_000;

const IngestArticleInput = builder.inputType("IngestArticleInput", {
  description: "An article as plain text, the way a newsroom pastes it: masthead, title, byline, date line, body.",
  fields: (t) => ({
    text: t.string({ required: true, description: `The article text (at most ${MAX_INGEST_TEXT} characters).` }),
    url: t.field({ type: "URL", description: "Where it was published; the same url again updates the article." }),
    source: t.string({ description: "The publication, when the text does not name it." }),
  }),
});

/** What a client is told to wait when every extraction thread is busy and the queue is full. */
const BUSY_RETRY_AFTER_SECONDS = 5;

interface IngestPayloadShape {
  article: unknown;
  created: boolean;
}

const IngestArticlePayload = builder.objectRef<IngestPayloadShape>("IngestArticlePayload");

builder.mutationField("ingestArticle", (t) =>
  t.field({
    type: IngestArticlePayload,
    description:
      "Reads an article into the graph: extracts its people, positions, institutions, places, events, quotes and products and links them to existing nodes. All or nothing; the same text or url again updates instead of duplicating. Needs an API key with the ingest scope.",
    authScopes: { ingest: true },
    args: { input: t.arg({ type: IngestArticleInput, required: true }) },
    resolve: async (_root, { input }, context, info) => {
      if (input.text.length > MAX_INGEST_TEXT) {
        throw userError(`the text has ${input.text.length} characters; the limit is ${MAX_INGEST_TEXT}`);
      }
      let written: Awaited<ReturnType<typeof ingestArticleText>>;
      try {
        written = await ingestArticleText(context.prisma, input.text, {
          ...(input.url ? { url: String(input.url) } : {}),
          ...(input.source ? { source: input.source } : {}),
        });
      } catch (error) {
        if (error instanceof ExtractionError || error instanceof DraftValidationError) throw userError(error.message);
        // the same text would take as long again: not worth retrying as it is
        if (error instanceof ExtractionTimeoutError) {
          throw new GraphQLError(error.message, {
            extensions: { code: "EXTRACTION_TIMEOUT", limitMs: error.limitMs },
          });
        }
        if (error instanceof ExtractionBusyError) {
          throw new GraphQLError(error.message, {
            extensions: {
              code: "SERVICE_UNAVAILABLE",
              http: { status: 503, headers: { "Retry-After": String(BUSY_RETRY_AFTER_SECONDS) } },
            },
          });
        }
        throw error;
      }
      // after the commit: subscribers read the feed from the store, this only wakes them
      // an update can grow the change feed too (ARTICLE_UPDATED, new people): always wake
      context.pubsub.publish("articleFeedGrew");
      const query = queryFromInfo({ context, info, typeName: "Article", path: ["article"] });
      const article = await context.prisma.article.findUniqueOrThrow({ ...query, where: { id: written.articleId } });
      return { article, created: written.created };
    },
  }),
);

IngestArticlePayload.implement({
  description: "The article as stored, and whether it is new.",
  fields: (t) => ({
    article: t.field({
      type: ArticleRef,
      description: "The article as stored now.",
      resolve: (payload) => payload.article as never,
    }),
    created: t.exposeBoolean("created", { description: "false when the same url or text was already in the graph." }),
  }),
});

function userError(message: string) {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}
