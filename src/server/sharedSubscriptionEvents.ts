import { Readable } from "node:stream";
import { createSourceEventStream, type DocumentNode, type ExecutionArgs, type ExecutionResult, execute } from "graphql";
import { isAsyncIterable, type Plugin } from "graphql-yoga";
import type { Context } from "../schema/context.ts";

/**
 * The process's feed reader hands the same event object to every subscriber (src/events/
 * feedReader.ts). A thousand subscribers asking for the same selection would otherwise each run
 * the subscription's selection on it (with its own database reads when it selects the article),
 * and each serialise and encode the same result. Here the selection runs once per event and
 * distinct operation (document, operation name, variables, the caller's scopes), every
 * subscriber of that operation gets the same result object, and its server-sent event is
 * encoded once and written as is to every stream.
 */

/** What makes two subscriptions' results for one event equal. */
function operationKey(args: ExecutionArgs, documentId: number): string {
  const context = args.contextValue as Partial<Context> | undefined;
  const scopes = context?.scopes ? [...context.scopes].sort().join(",") : "";
  return JSON.stringify([documentId, args.operationName ?? null, args.variableValues ?? null, scopes]);
}

/** A comment line: it keeps proxies from closing a quiet stream (yoga's own stream sends one as often). */
const PING = Buffer.from(":\n\n");
const PING_INTERVAL_MS = 12_000;
const COMPLETE = Buffer.from("event: complete\ndata:\n\n");
const EVENT_STREAM_HEADERS = {
  "content-type": "text/event-stream",
  connection: "keep-alive",
  "cache-control": "no-cache",
  "content-encoding": "none",
};

/** A result as the client sees it: yoga's internal error fields (http, unexpected) left out. */
function publicResult(result: ExecutionResult): unknown {
  if (!result.errors?.length && !result.extensions?.http) return result;
  const { http: _http, ...extensions } = result.extensions ?? {};
  return {
    ...result,
    errors: result.errors?.map((error) => {
      const json = typeof error.toJSON === "function" ? error.toJSON() : { message: String(error.message) };
      const { http: _status, unexpected: _unexpected, ...rest } = json.extensions ?? {};
      return { ...json, extensions: Object.keys(rest).length > 0 ? rest : undefined };
    }),
    extensions: Object.keys(extensions).length > 0 ? extensions : undefined,
  };
}

/** Each result's event, encoded once however many streams it is written to. */
const frames = new WeakMap<ExecutionResult, Buffer>();
function frameOf(result: ExecutionResult): Buffer {
  let frame = frames.get(result);
  if (!frame) {
    frame = Buffer.from(`event: next\ndata: ${JSON.stringify(publicResult(result))}\n\n`);
    frames.set(result, frame);
  }
  return frame;
}

/**
 * A subscription's results as server-sent events (GraphQL over SSE, as yoga's own processor
 * writes them): a Node stream that pulls the next result when the socket takes more, and
 * pushes its shared frame.
 */
function eventStreamOf(results: AsyncIterable<ExecutionResult>, Response: typeof globalThis.Response): Response {
  const iterator = results[Symbol.asyncIterator]();
  let reading = false;
  let finished = false;
  const stream: Readable = new Readable({
    // no read-ahead: a result is taken only when the client's connection takes one, so a client
    // that reads nothing leaves its events in the feed reader, which drops it when they pile up
    highWaterMark: 0,
    read() {
      if (reading || finished) return;
      reading = true;
      iterator.next().then(
        (next) => {
          reading = false;
          if (finished) return;
          if (next.value != null) stream.push(frameOf(next.value));
          if (next.done) {
            finished = true;
            clearInterval(ping);
            stream.push(COMPLETE);
            stream.push(null);
          }
        },
        (error: unknown) => {
          reading = false;
          finished = true;
          clearInterval(ping);
          stream.destroy(error instanceof Error ? error : new Error(String(error)));
        },
      );
    },
    // the client left (or the response was cancelled): the subscription ends and frees its slot
    destroy(error, callback) {
      clearInterval(ping);
      const open = !finished;
      finished = true;
      if (!open || !iterator.return) {
        callback(error);
        return;
      }
      iterator.return().then(
        () => callback(error),
        () => callback(error),
      );
    },
  });
  const ping = setInterval(() => {
    if (!finished) stream.push(PING);
  }, PING_INTERVAL_MS);
  ping.unref();
  // some clients see no headers until the first bytes
  stream.push(PING);
  return new Response(stream as unknown as BodyInit, { status: 200, headers: EVENT_STREAM_HEADERS });
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

  // requests that are subscriptions, as yoga's own result processors tell them
  const subscriptionRequests = new WeakSet<Request>();

  return {
    onSubscribe({ args: { contextValue }, setSubscribeFn }) {
      const request = (contextValue as { request?: Request }).request;
      if (request) subscriptionRequests.add(request);
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
          sharedResult(event, key, async () => await execute({ ...executionArgs, rootValue: event })),
        );
      });
    },
    onResultProcess({ request, result, resultProcessor, setResultProcessor }) {
      // only where yoga chose its event stream: a subscription whose client accepts one
      if (!resultProcessor || !isAsyncIterable(result) || !subscriptionRequests.has(request)) return;
      if (!(request.headers.get("accept") ?? "").includes("text/event-stream")) return;
      setResultProcessor(
        (results, fetchAPI) => eventStreamOf(results as AsyncIterable<ExecutionResult>, fetchAPI.Response),
        "text/event-stream",
      );
    },
  };
}
