import type { ExecutionResult } from "graphql";
import { testYoga } from "./graphql.ts";

/** A subscription over GraphQL over SSE (yoga's distinct-connections mode), read event by event. */
export function subscribeOverSse<T>(query: string, variables: Record<string, unknown> = {}) {
  const abort = new AbortController();
  const events: ExecutionResult<T>[] = [];
  const waiters: (() => void)[] = [];
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  const done = (async () => {
    const response = await testYoga().fetch("http://wartagraph.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ query, variables }),
      signal: abort.signal,
    });
    reader = response.body?.getReader();
    if (!reader) throw new Error("no event stream");
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for (;;) {
        const { value, done: finished } = await reader.read();
        if (finished) return;
        buffer += decoder.decode(value, { stream: true });
        for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block
            .split("\n")
            .filter((line) => line.startsWith("data:"))
            .map((line) => line.slice(5).trim())
            .join("\n");
          if (data) {
            events.push(JSON.parse(data));
            for (const wake of waiters.splice(0)) wake();
          }
        }
      }
    } catch (error) {
      if (!abort.signal.aborted) throw error;
    }
  })();
  return {
    events,
    /** resolves once `count` events have arrived */
    async next(count: number): Promise<ExecutionResult<T>[]> {
      while (events.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
      return events.slice(0, count);
    },
    async close() {
      abort.abort();
      // an in-process response does not end on abort: cancelling the stream ends the subscription
      await reader?.cancel().catch(() => {});
      await done.catch(() => {});
    },
  };
}
