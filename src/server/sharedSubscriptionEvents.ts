import { Readable } from "node:stream";
import { createSourceEventStream, type DocumentNode, type ExecutionArgs, type ExecutionResult, execute } from "graphql";
import { isAsyncIterable, type Plugin } from "graphql-yoga";
import { type FeedSubscriber, feedSubscriberOf } from "../events/feedReader.ts";
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

/** One event's result for one operation, shared by its subscribers; `settled` once it is known. */
interface SharedResult {
  promise: Promise<ExecutionResult>;
  settled?: ExecutionResult;
  /** the execution threw (it reports errors in its result otherwise) */
  failed?: boolean;
}

/** The shared result when it is ready and without errors (what the plugins pass on unchanged). */
function plainResult(shared: SharedResult): ExecutionResult | undefined {
  if (shared.failed || !shared.settled || shared.settled.errors?.length) return undefined;
  return shared.settled;
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

/** A subscription whose events come from the feed reader: its subscriber and each event's shared result. */
interface DirectSource {
  subscriber: FeedSubscriber<{ sequence: bigint }>;
  resultOf(event: object): SharedResult;
}

/** How many subscription events this process wrote to SSE streams, by the path they took. */
const deliveries = { direct: 0, throughPlugins: 0 };

/**
 * Events written to SSE streams since the process started: `direct` went from the feed
 * reader's buffer to the stream in one synchronous step, `throughPlugins` through every plugin's
 * async iterator (endings, errors, subscriptions not read from the feed).
 */
export function subscriptionDeliveries(): { direct: number; throughPlugins: number } {
  return { ...deliveries };
}

/**
 * A subscription's results as server-sent events (GraphQL over SSE, as yoga's own processor
 * writes them): a Node stream that takes the next result when the socket takes more, and
 * pushes its shared frame.
 *
 * Results normally come through `results`, the subscription's iterator wrapped by every plugin
 * (error masking, metrics, yoga's error handling): some promise layers per subscriber and
 * event, which for a thousand subscribers of one event are most of the time between the commit
 * and the last delivery, and which run breadth-first, so no subscriber gets the event before
 * all have been carried through all layers. A subscription read from the feed reader
 * (`direct`) takes its event straight from the subscriber's buffer once the event's shared
 * result is ready, and writes its frame at once. That is what the plugins would do with it too:
 * on a result without errors they change nothing (masking and the error counter look at errors
 * only; test/events/directDelivery.test.ts checks both). Results with errors, the reader's
 * endings (dropped, store away) and the end of the stream still go through `results`, in order.
 */
function eventStreamOf(
  results: AsyncIterable<ExecutionResult>,
  Response: typeof globalThis.Response,
  direct: DirectSource | undefined,
): Response {
  const iterator = results[Symbol.asyncIterator]();
  // a read through the plugins, of a replay page, or a wait for a shared result is under way
  let busy = false;
  let finished = false;
  // the socket took the last frame and the stream asked for the next one
  let wanted = false;

  const finish = () => {
    finished = true;
    clearInterval(ping);
    direct?.subscriber.onBuffered(undefined);
  };
  const fail = (error: unknown) => {
    busy = false;
    finish();
    stream.destroy(error instanceof Error ? error : new Error(String(error)));
  };
  const write = (frame: Buffer) => {
    wanted = false;
    stream.push(frame);
  };

  const nextThroughPlugins = () => {
    busy = true;
    iterator.next().then((next) => {
      busy = false;
      if (finished) return;
      if (next.value != null) {
        deliveries.throughPlugins++;
        write(frameOf(next.value));
      }
      if (next.done) {
        finish();
        stream.push(COMPLETE);
        stream.push(null);
      } else deliver();
    }, fail);
  };

  /** Writes the next event if the stream wants one and it is ready; otherwise arranges to come back. */
  const deliver = () => {
    if (busy || finished || !wanted) return;
    if (!direct) {
      nextThroughPlugins();
      return;
    }
    const { subscriber } = direct;
    const row = subscriber.peekBuffered();
    if (row === undefined) {
      const awaiting = subscriber.awaiting;
      // the subscriber's buffered listener calls deliver when the reader offers an event
      if (awaiting === "offer") return;
      if (awaiting === "next") {
        nextThroughPlugins();
        return;
      }
      busy = true;
      subscriber.readReplayPage().then(
        () => {
          busy = false;
          deliver();
        },
        // the store is away: next() tries once more and the plugins report its error
        () => {
          busy = false;
          if (!finished) nextThroughPlugins();
        },
      );
      return;
    }
    const shared = direct.resultOf(row);
    if (shared.settled === undefined) {
      // the first subscriber of this operation started the execution; every one waits on it,
      // and on those of the events buffered behind it (started now, side by side), so that
      // events that came together leave together
      busy = true;
      const resume = () => {
        busy = false;
        deliver();
      };
      if (subscriber.peekBuffered(1) === undefined) shared.promise.then(resume, resume);
      else {
        const pending: Promise<ExecutionResult>[] = [];
        for (let index = 0, next: object | undefined = row; next; next = subscriber.peekBuffered(++index))
          pending.push(direct.resultOf(next).promise);
        Promise.allSettled(pending).then(resume);
      }
      return;
    }
    const result = plainResult(shared);
    if (!result) {
      // errors are for the plugins: masked, counted, turned into a result when execution threw
      nextThroughPlugins();
      return;
    }
    subscriber.takeBuffered();
    deliveries.direct++;
    // events that came together (one read of the reader) leave in one write, not one each
    let batch: Buffer[] | undefined;
    for (let next = subscriber.peekBuffered(); next !== undefined; next = subscriber.peekBuffered()) {
      const following = plainResult(direct.resultOf(next));
      if (!following) break;
      subscriber.takeBuffered();
      deliveries.direct++;
      batch ??= [frameOf(result)];
      batch.push(frameOf(following));
    }
    write(batch ? Buffer.concat(batch) : frameOf(result));
  };

  const stream: Readable = new Readable({
    // no read-ahead: a result is taken only when the client's connection takes one, so a client
    // that reads nothing leaves its events in the feed reader, which drops it when they pile up
    highWaterMark: 0,
    read() {
      wanted = true;
      deliver();
    },
    // the client left (or the response was cancelled): the subscription ends and frees its slot
    destroy(error, callback) {
      const open = !finished;
      finish();
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
  direct?.subscriber.onBuffered(deliver);
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
  const resultsByEvent = new WeakMap<object, Map<string, SharedResult>>();

  const sharedResult = (event: object, key: string, run: () => Promise<ExecutionResult>): SharedResult => {
    let results = resultsByEvent.get(event);
    if (!results) {
      results = new Map();
      resultsByEvent.set(event, results);
    }
    let result = results.get(key);
    if (!result) {
      const shared: SharedResult = { promise: run() };
      shared.promise.then(
        (settled) => {
          shared.settled = settled;
        },
        () => {
          shared.failed = true;
          shared.settled = { errors: [] };
        },
      );
      results.set(key, shared);
      result = shared;
    }
    return result;
  };

  // requests that are subscriptions, as yoga's own result processors tell them
  const subscriptionRequests = new WeakSet<Request>();
  // subscriptions read from the feed reader, by request, for the SSE writer
  const directSources = new WeakMap<Request, DirectSource>();

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
        const resultOf = (event: object) =>
          sharedResult(event, key, async () => await execute({ ...executionArgs, rootValue: event }));
        const subscriber = feedSubscriberOf(stream);
        const request = (executionArgs.contextValue as { request?: Request } | undefined)?.request;
        if (subscriber && request) directSources.set(request, { subscriber, resultOf });
        return mapEvents(stream[Symbol.asyncIterator](), (event) =>
          typeof event === "object" && event !== null
            ? resultOf(event).promise
            : execute({ ...executionArgs, rootValue: event }),
        );
      });
    },
    onResultProcess({ request, result, resultProcessor, setResultProcessor }) {
      // only where yoga chose its event stream: a subscription whose client accepts one
      if (!resultProcessor || !isAsyncIterable(result) || !subscriptionRequests.has(request)) return;
      if (!(request.headers.get("accept") ?? "").includes("text/event-stream")) return;
      setResultProcessor(
        (results, fetchAPI) =>
          eventStreamOf(results as AsyncIterable<ExecutionResult>, fetchAPI.Response, directSources.get(request)),
        "text/event-stream",
      );
    },
  };
}
