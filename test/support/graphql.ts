import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type ExecutionResult, print } from "graphql";
import { createPubSub } from "graphql-yoga";
import { pino } from "pino";
import type { FeedChannels } from "../../src/schema/context.ts";
import { createMetrics } from "../../src/server/metrics.ts";
import { createWartagraphYoga, type WartagraphYoga } from "../../src/server/yoga.ts";
import { onSqlStatement } from "../../src/store/index.ts";
import { testStore } from "./stores.ts";

let yoga: WartagraphYoga | undefined;

/** The in-process pubsub of the test yoga, for tests that watch subscribers being woken. */
export const testPubSub = createPubSub<FeedChannels>();

/** One yoga instance for the test process, called through fetch without a network. */
export function testYoga(): WartagraphYoga {
  yoga ??= createWartagraphYoga({
    logger: pino({ level: "silent" }),
    metrics: createMetrics(),
    pubsub: testPubSub,
    store: testStore,
  });
  return yoga;
}

export interface ExecuteOptions {
  apiKey?: string;
}

/** Runs a typed operation through the whole HTTP stack (auth, limits, masking) and returns its result. */
export async function execute<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables> | string,
  variables?: TVariables,
  options: ExecuteOptions = {},
): Promise<ExecutionResult<TResult> & { status: number }> {
  const response = await testYoga().fetch("http://wartagraph.test/graphql", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
      ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
    },
    body: JSON.stringify({ query: typeof document === "string" ? document : print(document), variables }),
  });
  const body = (await response.json()) as ExecutionResult<TResult>;
  return { ...body, status: response.status };
}

/** Like execute, but fails on any GraphQL error and returns the data. */
export async function query<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables> | string,
  variables?: TVariables,
  options?: ExecuteOptions,
): Promise<TResult> {
  const result = await execute(document, variables, options);
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}

/** Counts the SQL statements that reach the database while `work` runs. */
export async function countStatements<T>(
  work: () => Promise<T>,
): Promise<{ result: T; statements: number; sql: string[] }> {
  const sql: string[] = [];
  const stop = onSqlStatement((q) => sql.push(q.sql));
  try {
    const result = await work();
    return { result, statements: sql.length, sql };
  } finally {
    stop();
  }
}
