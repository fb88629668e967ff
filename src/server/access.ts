import { GraphQLError, NoSchemaIntrospectionCustomRule } from "graphql";
import type { CORSOptions, Plugin } from "graphql-yoga";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import type { Config } from "../config.ts";
import { connectRedis } from "./redisClient.ts";

/** The settings access control reads (all from src/config.ts). */
export type AccessSettings = Pick<
  Config,
  | "corsOrigins"
  | "trustProxy"
  | "introspection"
  | "rateLimitWindowSeconds"
  | "rateLimitPerAddress"
  | "rateLimitPerKey"
  | "rateLimitFailedAuth"
  | "redisUrl"
>;

/**
 * Who may call the server and how often: CORS, CSRF, rate limits and the introspection switch.
 *
 * Limits count in Redis when REDIS_URL is set, so several instances behind one load balancer
 * share them; while Redis is unreachable each instance counts in memory (the limiter's insurance),
 * so an outage loosens the limits by the number of instances and never stops the service.
 */
export interface AccessControl {
  /** yoga plugins: per-address limit (HTTP and WebSocket) and CSRF refusal before parsing, the introspection switch */
  readonly plugins: Plugin[];
  /** yoga's cors option: allow-listed origins only, never with credentials */
  readonly cors: (request: Request) => CORSOptions;
  /** refuses (429) an address that sent too many wrong API keys, before the key is looked up */
  checkKeyAttempts(address: string | undefined): Promise<void>;
  /** counts a wrong or revoked key against its address */
  keyRejected(address: string | undefined): Promise<void>;
  /** counts a request against a valid key's own limit; refuses (429) over it */
  keyUsed(keyId: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The client's address: the socket's peer, or with WARTAGRAPH_TRUST_PROXY the first X-Forwarded-For
 * entry. Undefined for a request with no socket (yoga.fetch in the same process): no network
 * client to limit.
 */
export function clientAddress(request: Request, serverContext: unknown, trustProxy: boolean): string | undefined {
  if (trustProxy) {
    const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  const context = serverContext as
    | { req?: { socket?: { remoteAddress?: string } }; extra?: { request?: { socket?: { remoteAddress?: string } } } }
    | undefined;
  return context?.req?.socket?.remoteAddress ?? context?.extra?.request?.socket?.remoteAddress;
}

function retryAfterSeconds(result: RateLimiterRes): number {
  return Math.max(1, Math.ceil(result.msBeforeNext / 1000));
}

export function rateLimitedError(message: string, retryAfter: number): GraphQLError {
  return new GraphQLError(`${message}; retry after ${retryAfter} s`, {
    extensions: {
      code: "RATE_LIMITED",
      retryAfter,
      http: { status: 429, headers: { "Retry-After": String(retryAfter) } },
    },
  });
}

/** A GraphQL-shaped 429 for refusals that happen before yoga has parsed the request. */
function refusal(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
}

/**
 * A cross-site page can make a browser POST without a CORS preflight only with a form's content
 * types (application/x-www-form-urlencoded, multipart/form-data, text/plain) or none. Refusing
 * every POST that is not JSON means a forged request never runs; a JSON POST from another origin
 * needs a preflight, which only allow-listed origins pass. (GET runs queries only: yoga refuses
 * mutations over GET.)
 */
function isJsonMediaType(contentType: string | null): boolean {
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  return mediaType === "application/json" || /^application\/[\w.-]+\+json$/.test(mediaType);
}

interface Limiters {
  perAddress?: RateLimiterAbstract;
  perKey?: RateLimiterAbstract;
  failedAuth: RateLimiterAbstract;
  redis?: Redis;
}

function createLimiters(settings: AccessSettings, logger: Logger): Limiters {
  const duration = settings.rateLimitWindowSeconds;
  let redis: Redis | undefined;
  if (settings.redisUrl) {
    // no offline queue: while Redis is away a count fails at once and the in-memory insurance answers
    redis = connectRedis(settings.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    let reported = false;
    redis.on("error", (error: Error) => {
      if (reported) return;
      reported = true;
      logger.warn({ err: error.message }, "rate limits count in memory while Redis is unreachable");
    });
    redis.on("ready", () => {
      reported = false;
    });
  }
  const limiter = (keyPrefix: string, points: number): RateLimiterAbstract => {
    const memory = new RateLimiterMemory({ keyPrefix, points, duration });
    if (!redis) return memory;
    return new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration, insuranceLimiter: memory });
  };
  return {
    ...(settings.rateLimitPerAddress > 0
      ? { perAddress: limiter("wartagraph:rl:address", settings.rateLimitPerAddress) }
      : {}),
    ...(settings.rateLimitPerKey > 0 ? { perKey: limiter("wartagraph:rl:key", settings.rateLimitPerKey) } : {}),
    failedAuth: limiter("wartagraph:rl:failed-auth", settings.rateLimitFailedAuth),
    ...(redis ? { redis } : {}),
  };
}

/** Consumes a point; the refusal as a RateLimiterRes, or undefined when the request may go on. */
async function consume(limiter: RateLimiterAbstract, key: string): Promise<RateLimiterRes | undefined> {
  try {
    await limiter.consume(key);
    return undefined;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return rejection;
    throw rejection;
  }
}

export function createAccessControl(settings: AccessSettings, logger: Logger, graphqlEndpoint = "/graphql") {
  const limiters = createLimiters(settings, logger);
  const allowedOrigins = new Set(settings.corsOrigins);
  const anyOrigin = allowedOrigins.has("*");

  const requestGuard: Plugin = {
    async onRequest({ request, url, serverContext, endResponse }) {
      if (url.pathname !== graphqlEndpoint) return;
      if (request.method === "POST" && !isJsonMediaType(request.headers.get("content-type"))) {
        endResponse(
          refusal(
            415,
            "UNSUPPORTED_MEDIA_TYPE",
            "POST requests must send Content-Type: application/json (form and multipart posts are refused, so a cross-site form cannot run an operation)",
            { accept: "application/json" },
          ),
        );
        return;
      }
      const address = clientAddress(request, serverContext, settings.trustProxy);
      if (!limiters.perAddress || address === undefined || request.method === "OPTIONS") return;
      const refused = await consume(limiters.perAddress, address);
      if (refused) {
        const retryAfter = retryAfterSeconds(refused);
        endResponse(
          refusal(
            429,
            "RATE_LIMITED",
            `too many requests from this address (at most ${settings.rateLimitPerAddress} per ${settings.rateLimitWindowSeconds} s); retry after ${retryAfter} s`,
            { "retry-after": String(retryAfter) },
          ),
        );
      }
    },
  };

  /**
   * graphql-ws runs each operation of a socket through yoga's envelope with no HTTP request, so
   * onRequest above never sees it: each subscribe message is counted here, against the address
   * the upgrade came from, in the same count as its HTTP requests. A refusal is that operation's
   * error (websocket.ts answers it on the socket); the socket and its other operations go on.
   */
  const webSocketGuard: Plugin = {
    async onContextBuilding({ context }) {
      const initial = context as { extra?: { socket?: unknown }; request?: Request };
      if (!limiters.perAddress || !initial.extra?.socket || !initial.request) return;
      const address = clientAddress(initial.request, initial, settings.trustProxy);
      if (address === undefined) return;
      const refused = await consume(limiters.perAddress, address);
      if (refused) {
        throw rateLimitedError(
          `too many requests from this address (at most ${settings.rateLimitPerAddress} per ${settings.rateLimitWindowSeconds} s)`,
          retryAfterSeconds(refused),
        );
      }
    },
  };

  const introspectionSwitch: Plugin = {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };

  const cors = (request: Request): CORSOptions => {
    const origin = request.headers.get("origin");
    if (!origin || !(anyOrigin || allowedOrigins.has(origin))) return false;
    // credentials stay off: keys travel in the Authorization header, never in cookies, so no
    // origin ever needs the browser's cookies, and a reflected origin with credentials is the door this closes
    return { origin: [origin], credentials: false, methods: ["GET", "POST"], maxAge: 600 };
  };

  return {
    plugins: settings.introspection
      ? [requestGuard, webSocketGuard]
      : [requestGuard, webSocketGuard, introspectionSwitch],
    cors,
    async checkKeyAttempts(address) {
      if (address === undefined) return;
      const record = await limiters.failedAuth.get(address);
      if (record && record.consumedPoints >= settings.rateLimitFailedAuth) {
        throw rateLimitedError(
          `too many wrong API keys from this address (${settings.rateLimitFailedAuth} per ${settings.rateLimitWindowSeconds} s)`,
          retryAfterSeconds(record),
        );
      }
    },
    async keyRejected(address) {
      if (address === undefined) return;
      await consume(limiters.failedAuth, address);
    },
    async keyUsed(keyId) {
      if (!limiters.perKey) return;
      const refused = await consume(limiters.perKey, keyId);
      if (refused) {
        throw rateLimitedError(
          `too many requests with this API key (at most ${settings.rateLimitPerKey} per ${settings.rateLimitWindowSeconds} s)`,
          retryAfterSeconds(refused),
        );
      }
    },
    async close() {
      if (limiters.redis) await limiters.redis.quit().catch(() => limiters.redis?.disconnect());
    },
  } satisfies AccessControl;
}
