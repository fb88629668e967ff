import { GraphQLError } from "graphql";
import { maskError, type Plugin } from "graphql-yoga";
import type { Context } from "../schema/context.ts";
import type { PrismaClient, ServedStore } from "../store/index.ts";

/**
 * Liveness, answered by yoga's health check: 200 once the store's query engine has started (a
 * request can be served), and from then on while the process serves, whether or not the database answers.
 */
export const HEALTH_ENDPOINT = "/health";

/** The readiness endpoint: 200 while the database answers, 503 while it does not. `/health` stays liveness. */
export const READINESS_ENDPOINT = "/health/ready";

/** What a caller of /health is told to wait before asking again while the query engine starts (seconds). */
export const ENGINE_START_RETRY_AFTER_SECONDS = 1;

/** How long the readiness probe waits for `SELECT 1`: a load balancer must not wait on a hung database. */
export const READINESS_TIMEOUT_MS = 1000;

/** What clients are told to wait before retrying while the database is away (seconds). */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Prisma's codes for "the database cannot be reached" (P1001, P1002, P1017) and "no connection free in time" (P2024). */
const PRISMA_UNAVAILABLE_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);

/** What a driver adapter reports (`DriverAdapterError.cause.kind`) when the connection, not the query, failed. */
const ADAPTER_UNAVAILABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);

/** Node's socket errors on the way to the database. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH"]);

/**
 * PostgreSQL SQLSTATEs of a server that is shutting down, starting up or out of connections
 * (57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, 53300
 * too_many_connections) and the whole connection-exception class 08.
 */
function isUnavailableSqlState(code: string): boolean {
  return code.startsWith("08") || code === "57P01" || code === "57P02" || code === "57P03" || code === "53300";
}

const UNAVAILABLE_MESSAGE =
  /Connection terminated|Can't reach database server|Query read timeout|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|terminating connection due to administrator command|the database system is (starting up|shutting down)/i;

/**
 * True when `error` (or anything it wraps: a GraphQL error's original error, a Prisma error's
 * driver adapter error, a `cause`) says the database could not be reached, as opposed to a
 * query that the database refused. The shapes were read off real failures: a stopped cluster
 * gives P1001 with `DatabaseNotReachable`, a cluster stopped mid-query gives 57P01 or
 * "Connection terminated unexpectedly".
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 6) return false;
  const candidate = error as {
    code?: unknown;
    kind?: unknown;
    message?: unknown;
    cause?: unknown;
    originalError?: unknown;
    meta?: { driverAdapterError?: unknown };
  };
  const code = typeof candidate.code === "string" ? candidate.code : undefined;
  if (code && (PRISMA_UNAVAILABLE_CODES.has(code) || SOCKET_CODES.has(code))) return true;
  if (typeof candidate.kind === "string") {
    if (ADAPTER_UNAVAILABLE_KINDS.has(candidate.kind)) return true;
    if (candidate.kind === "postgres" && code && isUnavailableSqlState(code)) return true;
  }
  if (typeof candidate.message === "string" && UNAVAILABLE_MESSAGE.test(candidate.message)) return true;
  return [candidate.originalError, candidate.cause, candidate.meta?.driverAdapterError].some((inner) =>
    isDatabaseUnavailable(inner, depth + 1),
  );
}

/** The error a client sees while the database is away: retryable, with a hint of when. */
function serviceUnavailable(error: unknown): GraphQLError {
  const located = error instanceof GraphQLError ? error : undefined;
  return new GraphQLError("the database is unreachable; retry later", {
    ...(located
      ? { nodes: located.nodes, source: located.source, positions: located.positions, path: located.path }
      : {}),
    extensions: {
      code: "SERVICE_UNAVAILABLE",
      http: { status: 503, headers: { "retry-after": String(DATABASE_RETRY_AFTER_SECONDS) } },
    },
  });
}

/**
 * yoga's maskError, except that a database that cannot be reached is reported as such
 * (SERVICE_UNAVAILABLE, HTTP 503) instead of as an internal error: a client or a load balancer
 * must be able to tell "retry later" from "a bug".
 */
export function maskErrorKeepingUnavailability(error: unknown, message: string, isDev?: boolean): Error {
  return isDatabaseUnavailable(error) ? serviceUnavailable(error) : maskError(error, message, isDev);
}

export interface AvailabilityOptions {
  /** how long /health waits for Prisma's query engine to start before answering 503 (ms) */
  engineStartTimeoutMs?: number;
  /**
   * the start /health waits for: the engine's (`$connect`, which starts it once and hands every
   * later caller that one start) unless a caller that must hold the answer back passes its own
   */
  engineStart?: (prisma: PrismaClient) => Promise<unknown>;
}

/**
 * `GET /health` held back until the store's query engine has started (the server listens before
 * Prisma's query compiler has loaded, and a 200 must mean a request can be served), `GET
 * /health/ready` (the database answers `SELECT 1` within READINESS_TIMEOUT_MS), and the 503
 * status of a response only where the whole request failed: a response that carries some data
 * keeps 200 and says in `extensions.code` which fields the outage cost.
 */
export function useDatabaseAvailability(
  store: ServedStore,
  {
    engineStartTimeoutMs = READINESS_TIMEOUT_MS,
    engineStart = (prisma) => prisma.$connect(),
  }: AvailabilityOptions = {},
): Plugin<Context> {
  // the client whose engine has started: from then on /health waits for nothing
  let startedClient: PrismaClient | undefined;
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      // yoga's URL of the request, parsed once for every plugin
      if (url.pathname !== READINESS_ENDPOINT) return;
      const reachable = await databaseAnswers(store);
      endResponse(
        new fetchAPI.Response(JSON.stringify({ database: reachable ? "ready" : "unreachable" }), {
          status: reachable ? 200 : 503,
          headers: {
            "content-type": "application/json",
            "cache-control": "no-store",
            ...(reachable ? {} : { "retry-after": String(DATABASE_RETRY_AFTER_SECONDS) }),
          },
        }),
      );
    },
    // yoga's health check answers before any plugin's onRequest, so its answer is vetted here
    async onResponse({ request, response, setResponse, fetchAPI }) {
      if (response.status !== 200 || !request.url.endsWith(HEALTH_ENDPOINT)) return;
      const prisma = store.prisma;
      if (prisma === startedClient) return;
      if (await engineStarts(() => engineStart(prisma), engineStartTimeoutMs)) {
        startedClient = prisma;
        return;
      }
      setResponse(
        new fetchAPI.Response(JSON.stringify({ engine: "starting" }), {
          status: 503,
          headers: {
            "content-type": "application/json",
            "cache-control": "no-store",
            "retry-after": String(ENGINE_START_RETRY_AFTER_SECONDS),
          },
        }),
      );
    },
    onExecutionResult({ result, setResult }) {
      if (Array.isArray(result) || !result || typeof result !== "object" || !("errors" in result)) return;
      const { data, errors } = result as { data?: Record<string, unknown> | null; errors?: readonly GraphQLError[] };
      // `__typename` alone is not an answer
      const someData =
        data &&
        Object.entries(data).some(([field, value]) => field !== "__typename" && value !== null && value !== undefined);
      if (!someData || !errors?.some((error) => error.extensions?.code === "SERVICE_UNAVAILABLE")) return;
      setResult({
        ...result,
        errors: errors.map((error) => {
          if (error.extensions?.code !== "SERVICE_UNAVAILABLE") return error;
          const { http: _status, ...extensions } = error.extensions;
          return new GraphQLError(error.message, { nodes: error.nodes, path: error.path, extensions });
        }),
      });
    },
  };
}

/**
 * Whether the engine has started (or starts within timeoutMs); `start` is asked again by the next
 * caller, so a start that failed is tried again.
 */
async function engineStarts(start: () => Promise<unknown>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      start().then(
        () => true,
        () => false,
      ),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** `SELECT 1` within READINESS_TIMEOUT_MS. */
async function databaseAnswers(store: ServedStore): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      store.prisma.$queryRaw`SELECT 1`.then(() => true).catch(() => false),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), READINESS_TIMEOUT_MS);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
