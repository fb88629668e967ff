import http from "node:http";
import https from "node:https";
import { isNonPublicLiteral, publicOnlyLookup } from "./addresses.ts";

/** How one POST to a receiver went. */
export type PostOutcome =
  | { delivered: true; status: number }
  | { delivered: false; status?: number; error: string; aborted?: boolean };

export interface PostOptions {
  /** the whole exchange, connect to last byte of the response */
  timeoutMs: number;
  allowPrivate: boolean;
  /** aborts the request when the worker stops */
  signal?: AbortSignal;
}

/** How much of a response body is read before the rest is dropped (receivers answer with little). */
const MAX_RESPONSE_BYTES = 64 * 1024;

/** Connections are kept open between deliveries to the same receiver. */
const agents = {
  "http:": new http.Agent({ keepAlive: true, maxSockets: 64 }),
  "https:": new https.Agent({ keepAlive: true, maxSockets: 64 }),
};

/**
 * POSTs one delivery. Never throws: a receiver that is down, slow (timeoutMs), answers non-2xx or
 * redirects is a failed attempt, retried later by the worker. Redirects are not followed: the
 * signature and the address checks are for the registered URL.
 */
export function postWebhook(
  url: URL,
  body: string,
  headers: Record<string, string>,
  options: PostOptions,
): Promise<PostOutcome> {
  if (!options.allowPrivate && isNonPublicLiteral(url)) {
    return Promise.resolve({ delivered: false, error: `${url.hostname} is not a public address; refused` });
  }
  // one controller for the timeout and the worker's stop, each listener removed when settled
  const controller = new AbortController();
  const signal = controller.signal;
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  const onStop = () => controller.abort();
  options.signal?.addEventListener("abort", onStop, { once: true });
  const client = url.protocol === "https:" ? https : http;
  return new Promise<PostOutcome>((resolve) => {
    let settled = false;
    const settle = (outcome: PostOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onStop);
      resolve(outcome);
    };
    const failure = (error: Error) => {
      const aborted = options.signal?.aborted ?? false;
      const timedOut = signal.aborted && !aborted;
      settle({
        delivered: false,
        aborted,
        error: timedOut ? `no answer within ${options.timeoutMs} ms` : aborted ? "stopped" : error.message,
      });
    };
    let request: http.ClientRequest;
    try {
      request = client.request(url, {
        method: "POST",
        agent: agents[url.protocol as keyof typeof agents],
        signal,
        ...(options.allowPrivate ? {} : { lookup: publicOnlyLookup }),
        headers: {
          ...headers,
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          "user-agent": "wartagraph-webhooks",
        },
      });
    } catch (error) {
      settle({ delivered: false, error: (error as Error).message });
      return;
    }
    request.on("error", failure);
    request.on("response", (response) => {
      const status = response.statusCode ?? 0;
      let read = 0;
      response.on("data", (chunk: Buffer) => {
        read += chunk.length;
        if (read > MAX_RESPONSE_BYTES) response.destroy();
      });
      response.on("error", failure);
      const done = () =>
        settle(
          status >= 200 && status < 300
            ? { delivered: true, status }
            : { delivered: false, status, error: `the receiver answered HTTP ${status}` },
        );
      response.on("end", done);
      response.on("close", done);
    });
    request.end(body);
  });
}
