/**
 * Talks to a running wartagraph server, for when it holds the store the CLI would open (an
 * embedded store is opened by one process at a time): articles go through ingestArticle, API
 * keys through the admin mutations.
 */

/** Generous: the server extracts and writes in one transaction, and a busy embedded store is single-threaded. */
const REQUEST_TIMEOUT_MS = 120_000;

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string }[];
}

/** Runs one operation on the server with the key; throws an Error whose message says what went wrong. */
export async function callServer<T>(
  graphqlUrl: string,
  apiKey: string,
  query: string,
  variables: Record<string, unknown>,
  refusal = "the server refused the request",
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(graphqlUrl, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        authorization: `Bearer ${apiKey}`,
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new Error(`could not reach the server at ${graphqlUrl}: ${cause?.code ?? cause?.message ?? String(error)}`);
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new Error(`the server at ${graphqlUrl} answered ${response.status} without a GraphQL response`);
  }
  if (body.errors?.length || !body.data) {
    const messages = body.errors?.map((e) => e.message).join("; ") || `HTTP ${response.status}`;
    throw new Error(`${refusal}: ${messages}`);
  }
  return body.data;
}

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

export interface ServerArticle {
  text: string;
  url?: string;
  source?: string;
}

/** Calls the server's ingestArticle mutation. */
export async function ingestThroughServer(
  graphqlUrl: string,
  apiKey: string,
  article: ServerArticle,
): Promise<{ articleId: string; created: boolean }> {
  const data = await callServer<{ ingestArticle: { created: boolean; article: { id: string } } }>(
    graphqlUrl,
    apiKey,
    INGEST_ARTICLE,
    { input: article },
    "the server refused the article",
  );
  return { articleId: data.ingestArticle.article.id, created: data.ingestArticle.created };
}
