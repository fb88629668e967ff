import { createServer, type IncomingMessage, type Server } from "node:http";
import { Webhook } from "standardwebhooks";

/** One delivery as a receiver saw it, after its signature was verified. */
export interface ReceivedDelivery {
  id: string;
  type: string;
  timestamp: string;
  data: { cursor: string; article: { url: string | null; title: string } | null } & Record<string, unknown>;
}

/** How the receiver answers on one path (one webhook). */
export interface Endpoint {
  secret?: string;
  /** answer 500 to this many requests first */
  failFirst: number;
  /** answer 500 to everything while true */
  failing: boolean;
  /** never answer while true (a receiver that hangs) */
  hanging: boolean;
  /** wait this long before answering */
  delayMs: number;
  requests: number;
  /** every verified delivery, in arrival order, duplicates included */
  received: ReceivedDelivery[];
  /** requests whose signature did not verify */
  badSignatures: number;
  inFlight: number;
  /** the most requests this endpoint had in flight at once */
  maxInFlight: number;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => {
      body += chunk;
    });
    request.on("end", () => resolve(body));
    request.on("error", reject);
  });
}

/**
 * A real webhook receiver (node:http on a port the OS picks). Every request's signature is
 * checked with the standardwebhooks package as a consumer would; `/hook/<name>` paths are
 * separate endpoints, each with its own failure mode and records.
 */
export async function startReceiver() {
  const endpoints = new Map<string, Endpoint>();
  const endpoint = (name: string): Endpoint => {
    let found = endpoints.get(name);
    if (!found) {
      found = {
        failFirst: 0,
        failing: false,
        hanging: false,
        delayMs: 0,
        requests: 0,
        received: [],
        badSignatures: 0,
        inFlight: 0,
        maxInFlight: 0,
      };
      endpoints.set(name, found);
    }
    return found;
  };
  const server: Server = createServer((request, response) => {
    const name = (request.url ?? "").replace(/^\/hook\//, "");
    const target = endpoint(name);
    target.requests += 1;
    target.inFlight += 1;
    target.maxInFlight = Math.max(target.maxInFlight, target.inFlight);
    let finished = false;
    const finish = (status: number) => {
      if (finished) return;
      finished = true;
      target.inFlight -= 1;
      if (!response.destroyed) response.writeHead(status).end();
    };
    // a client that gives up (timeout, shutdown) ends the request too
    response.on("close", () => finish(499));
    void (async () => {
      const body = await readBody(request);
      if (target.hanging) return;
      if (target.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, target.delayMs));
      if (target.failing || target.requests <= target.failFirst) {
        finish(500);
        return;
      }
      try {
        const verified = new Webhook(target.secret ?? "").verify(body, {
          "webhook-id": String(request.headers["webhook-id"]),
          "webhook-timestamp": String(request.headers["webhook-timestamp"]),
          "webhook-signature": String(request.headers["webhook-signature"]),
        }) as Omit<ReceivedDelivery, "id">;
        target.received.push({ id: String(request.headers["webhook-id"]), ...verified });
        finish(204);
      } catch {
        target.badSignatures += 1;
        finish(401);
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    urlOf: (name: string) => `http://127.0.0.1:${port}/hook/${name}`,
    endpoint,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The distinct delivery ids in the order they first arrived (a receiver's dedup by webhook-id). */
export function deduplicated(received: readonly ReceivedDelivery[]): ReceivedDelivery[] {
  const seen = new Set<string>();
  return received.filter((delivery) => {
    if (seen.has(delivery.id)) return false;
    seen.add(delivery.id);
    return true;
  });
}

/** Polls `check` until it holds or `timeoutMs` passes; returns whether it held. */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
}
