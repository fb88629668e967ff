/** Sends articles to a running wartagraph server, for when it holds the store the CLI would write to. */

const INGEST_ARTICLE = /* GraphQL */ `
  mutation IngestArticle($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      created
      article {
        id
      }
    }
  }
`;

/** Generous: the server extracts and writes in one transaction, and a busy embedded store is single-threaded. */
const REQUEST_TIMEOUT_MS = 120_000;

interface GraphQLResponse {
  data?: { ingestArticle?: { created: boolean; article: { id: string } } | null } | null;
  errors?: { message: string }[];
}

export interface ServerArticle {
  text: string;
  url?: string;
  source?: string;
}

/** Calls the server's ingestArticle mutation; throws an Error whose message says what went wrong. */
export async function ingestThroughServer(
  graphqlUrl: string,
  apiKey: string,
  article: ServerArticle,
): Promise<{ articleId: string; created: boolean }> {
  let response: Response;
  try {
    response = await fetch(graphqlUrl, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        authorization: `Bearer ${apiKey}`,
      },
      body: JSON.stringify({ query: INGEST_ARTICLE, variables: { input: article } }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new Error(`could not reach the server at ${graphqlUrl}: ${cause?.code ?? cause?.message ?? String(error)}`);
  }
  let body: GraphQLResponse;
  try {
    body = (await response.json()) as GraphQLResponse;
  } catch {
    throw new Error(`the server at ${graphqlUrl} answered ${response.status} without a GraphQL response`);
  }
  const result = body.data?.ingestArticle;
  if (body.errors?.length || !result) {
    const messages = body.errors?.map((e) => e.message).join("; ") || `HTTP ${response.status}`;
    throw new Error(`the server refused the article: ${messages}`);
  }
  return { articleId: result.article.id, created: result.created };
}
