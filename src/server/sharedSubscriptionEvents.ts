import { createSourceEventStream, type DocumentNode, type ExecutionArgs, type ExecutionResult, execute } from "graphql";
import { isAsyncIterable, type Plugin } from "graphql-yoga";
import type { Context } from "../schema/context.ts";

/**
 * The process's feed reader hands the same event object to every subscriber (src/events/
 * feedReader.ts). A thousand subscribers asking for the same selection would otherwise each run
 * the subscription's selection on it (with its own database reads when it selects the article),
 * and each serialise the same result. Here the selection runs once per event and distinct
 * operation (document, operation name, variables, the caller's scopes), and its text is
 * serialised once; every subscriber of that operation gets the same result object.
 */

/** What makes two subscriptions' results for one event equal. */
function operationKey(args: ExecutionArgs, documentId: number): string {
  const context = args.contextValue as Partial<Context> | undefined;
  const scopes = context?.scopes ? [...context.scopes].sort().join(",") : "";
  return JSON.stringify([documentId, args.operationName ?? null, args.variableValues ?? null, scopes]);
}

/**
 * yoga's SSE processor serialises a result with its own `stringify` when it has one: the shared
 * result keeps its text, so it is serialised once whatever the number of subscribers.
 */
function serialisedOnce(result: ExecutionResult): ExecutionResult {
  let text: string | undefined;
  Object.defineProperty(result, "stringify", {
    enumerable: false,
    // yoga passes a copy when it strips internal error fields: that one is serialised as given
    value: (value: unknown) => {
      if (value !== result) return JSON.stringify(value);
      text ??= JSON.stringify(value);
      return text;
    },
  });
  return result;
}

/** Maps each event of a source stream, passing return and throw through to it. */
function mapEvents<Event, Result>(
  source: AsyncIterator<Event>,
  map: (event: Event) => Promise<Result> | Result,
): AsyncIterableIterator<Result> {
  return {
    async next() {
      const next = await source.next();
      if (next.done) return { done: true, value: undefined };
      return { done: false, value: await map(next.value) };
    },
    async return() {
      await source.return?.();
      return { done: true, value: undefined };
    },
    async throw(error?: unknown) {
      if (!source.throw) throw error;
      await source.throw(error);
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

export function useSharedSubscriptionEvents(): Plugin<Context> {
  const documentIds = new WeakMap<DocumentNode, number>();
  let documents = 0;
  // per event object: the result of each distinct operation; gone with the event once delivered
  const resultsByEvent = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();

  const sharedResult = (event: unknown, key: string, run: () => Promise<ExecutionResult>) => {
    if (typeof event !== "object" || event === null) return run();
    let results = resultsByEvent.get(event);
    if (!results) {
      results = new Map();
      resultsByEvent.set(event, results);
    }
    let result = results.get(key);
    if (!result) {
      result = run();
      results.set(key, result);
    }
    return result;
  };

  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(async (args) => {
        const executionArgs = args as ExecutionArgs;
        const stream = await createSourceEventStream(executionArgs);
        if (!isAsyncIterable(stream)) return stream as ExecutionResult;
        let documentId = documentIds.get(executionArgs.document);
        if (documentId === undefined) {
          documentId = documents++;
          documentIds.set(executionArgs.document, documentId);
        }
        const key = operationKey(executionArgs, documentId);
        return mapEvents(stream[Symbol.asyncIterator](), (event) =>
          sharedResult(event, key, async () => serialisedOnce(await execute({ ...executionArgs, rootValue: event }))),
        );
      });
    },
  };
}
