import { availableParallelism } from "node:os";
import { z } from "zod";
import { parseDatabaseUrl } from "./store/databaseUrl.ts";

/**
 * Every environment variable wartagraph reads, parsed in one place with zod. A bad value is a
 * ConfigError whose message is one line naming the variable, what it must be, and what it was.
 *
 * Settings are read lazily, each on first use, and then kept: `wartagraph --help` or `ingest`
 * must work with a PORT only `serve` would read, so nothing is parsed at import time. `serve`
 * calls `validate()` first, so a server refuses to start with every bad value listed at once
 * rather than failing later, mid-request. A new variable belongs in SETTINGS below (and in the
 * README's configuration table); nothing else in src/ reads process.env.
 */

export type Environment = Readonly<Record<string, string | undefined>>;

/** A value the environment gives that wartagraph cannot use; the message says which and why. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export const NODE_ENVS = ["development", "production", "test"] as const;

/** Treated as unset: an exported but empty variable (`PORT=`) means "the default", as in most tools. */
function given(raw: string | undefined): string | undefined {
  const trimmed = raw?.trim();
  return trimmed ? trimmed : undefined;
}

function invalid(ctx: z.RefinementCtx, variable: string, expected: string, raw: string | undefined): typeof z.NEVER {
  ctx.addIssue({ code: "custom", message: `${variable} must be ${expected}, got ${JSON.stringify(raw)}` });
  return z.NEVER;
}

const optionalString = z.string().optional();

/** The digits-only integer in raw, or a message saying what it must be; undefined when unset. */
function checkInteger(raw: string | undefined, min: number, max: number) {
  const expected = max === Number.MAX_SAFE_INTEGER ? `an integer ≥ ${min}` : `an integer ${min}–${max}`;
  const value = given(raw);
  if (value === undefined) return { value: undefined };
  // digits only: Number() would also take "1e3", "0x10" and "-0", none of which a person means as a port
  const parsed = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(parsed >= min && parsed <= max)) return { expected };
  return { value: parsed };
}

function integer(variable: string, min: number, max: number, fallback: number) {
  return optionalString.transform((raw, ctx): number => {
    const checked = checkInteger(raw, min, max);
    if (checked.expected) return invalid(ctx, variable, checked.expected, raw);
    return checked.value ?? fallback;
  });
}

const TRUE_WORDS = new Set(["1", "true", "yes", "on"]);
const FALSE_WORDS = new Set(["0", "false", "no", "off"]);

/** undefined when unset, so the caller can pick a default that depends on NODE_ENV. */
function flag(variable: string) {
  return optionalString.transform((raw, ctx): boolean | undefined => {
    const value = given(raw)?.toLowerCase();
    if (value === undefined) return undefined;
    if (TRUE_WORDS.has(value)) return true;
    if (FALSE_WORDS.has(value)) return false;
    return invalid(ctx, variable, "true or false (or 1 / 0, yes / no, on / off)", raw);
  });
}

function oneOf<const T extends readonly string[]>(variable: string, values: T, fallback: T[number]) {
  return optionalString.transform((raw, ctx): T[number] => {
    const value = given(raw)?.toLowerCase();
    if (value === undefined) return fallback;
    if ((values as readonly string[]).includes(value)) return value as T[number];
    return invalid(ctx, variable, `one of ${values.join(", ")}`, raw);
  });
}

const databaseUrl = optionalString.transform((raw, ctx): string | undefined => {
  const value = given(raw);
  if (value === undefined) return undefined;
  try {
    parseDatabaseUrl(value);
    return value;
  } catch (error) {
    ctx.addIssue({ code: "custom", message: (error as Error).message });
    return z.NEVER;
  }
});

const redisUrl = optionalString.transform((raw, ctx): string | undefined => {
  const value = given(raw);
  if (value === undefined) return undefined;
  if (!/^rediss?:\/\/\S+$/i.test(value)) {
    return invalid(ctx, "REDIS_URL", "a redis:// or rediss:// URL such as redis://127.0.0.1:6379", raw);
  }
  return value;
});

/**
 * Origins as a browser sends them (scheme://host[:port], no path; the trailing slash people paste
 * is dropped), or "*" for any origin (never with credentials).
 */
const corsOrigins = optionalString.transform((raw, ctx): string[] => {
  const value = given(raw);
  if (value === undefined) return [];
  if (value === "*") return ["*"];
  const origins: string[] = [];
  for (const item of value.split(",")) {
    const candidate = item.trim().replace(/\/+$/, "");
    if (!candidate) continue;
    let origin: string | undefined;
    try {
      origin = new URL(candidate).origin;
    } catch {
      origin = undefined;
    }
    if (origin === undefined || origin === "null" || origin !== candidate.toLowerCase()) {
      return invalid(
        ctx,
        "WARTAGRAPH_CORS_ORIGINS",
        "a comma-separated list of origins such as https://app.example.org,http://localhost:5173",
        item.trim(),
      );
    }
    origins.push(origin);
  }
  return origins;
});

const MAX = Number.MAX_SAFE_INTEGER;

/** Every variable, by the name code reads it under. */
const SETTINGS = {
  port: { variable: "PORT", schema: integer("PORT", 0, 65535, 4000) },
  host: { variable: "HOST", schema: optionalString.transform((raw) => given(raw) ?? "0.0.0.0") },
  databaseUrl: { variable: "DATABASE_URL", schema: databaseUrl },
  redisUrl: { variable: "REDIS_URL", schema: redisUrl },
  logLevel: { variable: "LOG_LEVEL", schema: oneOf("LOG_LEVEL", LOG_LEVELS, "info") },
  nodeEnv: { variable: "NODE_ENV", schema: oneOf("NODE_ENV", NODE_ENVS, "development") },
  /** any value: the CLI prints stack traces of unexpected errors */
  debug: { variable: "DEBUG", schema: optionalString.transform((raw) => given(raw) !== undefined) },
  /** the CLI's API key for going through a server (ingest --server, apikey through a server) */
  apiKey: { variable: "WARTAGRAPH_API_KEY", schema: optionalString.transform(given) },
  maxSubscriptions: {
    variable: "WARTAGRAPH_MAX_SUBSCRIPTIONS",
    schema: integer("WARTAGRAPH_MAX_SUBSCRIPTIONS", 1, MAX, 1000),
  },
  corsOrigins: { variable: "WARTAGRAPH_CORS_ORIGINS", schema: corsOrigins },
  /** the client address is the first X-Forwarded-For entry (only behind a proxy that sets it) */
  trustProxy: {
    variable: "WARTAGRAPH_TRUST_PROXY",
    schema: flag("WARTAGRAPH_TRUST_PROXY").transform((value) => value ?? false),
  },
  /** the window the rate limits below count in; a client over a limit waits until its window ends */
  rateLimitWindowSeconds: {
    variable: "WARTAGRAPH_RATE_LIMIT_WINDOW_SECONDS",
    schema: integer("WARTAGRAPH_RATE_LIMIT_WINDOW_SECONDS", 1, 86_400, 60),
  },
  /** requests per window from one client address; 0 turns the limit off */
  rateLimitPerAddress: {
    variable: "WARTAGRAPH_RATE_LIMIT_PER_ADDRESS",
    schema: integer("WARTAGRAPH_RATE_LIMIT_PER_ADDRESS", 0, MAX, 600),
  },
  /** requests per window with one API key; 0 turns the limit off */
  rateLimitPerKey: {
    variable: "WARTAGRAPH_RATE_LIMIT_PER_KEY",
    schema: integer("WARTAGRAPH_RATE_LIMIT_PER_KEY", 0, MAX, 1200),
  },
  /** wrong or revoked API keys per window from one client address before it is locked out */
  rateLimitFailedAuth: {
    variable: "WARTAGRAPH_RATE_LIMIT_FAILED_AUTH",
    schema: integer("WARTAGRAPH_RATE_LIMIT_FAILED_AUTH", 1, MAX, 10),
  },
  introspection: { variable: "WARTAGRAPH_INTROSPECTION", schema: flag("WARTAGRAPH_INTROSPECTION") },
  graphiql: { variable: "WARTAGRAPH_GRAPHIQL", schema: flag("WARTAGRAPH_GRAPHIQL") },
  metrics: { variable: "WARTAGRAPH_METRICS", schema: flag("WARTAGRAPH_METRICS") },
  maxBodyBytes: {
    variable: "WARTAGRAPH_MAX_BODY_BYTES",
    schema: integer("WARTAGRAPH_MAX_BODY_BYTES", 1024, MAX, 8 * 1024 * 1024),
  },
  shutdownGraceMs: {
    variable: "WARTAGRAPH_SHUTDOWN_GRACE_MS",
    schema: integer("WARTAGRAPH_SHUTDOWN_GRACE_MS", 0, MAX, 10_000),
  },
  /** the webhook delivery worker (src/events/webhooks); off: webhooks are registered but not delivered here */
  webhooks: {
    variable: "WARTAGRAPH_WEBHOOKS",
    schema: flag("WARTAGRAPH_WEBHOOKS").transform((value) => value ?? true),
  },
  /** webhooks may point at loopback and private addresses (default: only outside production) */
  webhookPrivateAddresses: {
    variable: "WARTAGRAPH_WEBHOOK_PRIVATE_ADDRESSES",
    schema: flag("WARTAGRAPH_WEBHOOK_PRIVATE_ADDRESSES"),
  },
  /** tries per event before a webhook delivery is dead-lettered */
  webhookMaxAttempts: {
    variable: "WARTAGRAPH_WEBHOOK_MAX_ATTEMPTS",
    schema: integer("WARTAGRAPH_WEBHOOK_MAX_ATTEMPTS", 1, 100, 8),
  },
  /** the first webhook retry waits about this long, each next one twice as long */
  webhookRetryBaseMs: {
    variable: "WARTAGRAPH_WEBHOOK_RETRY_BASE_MS",
    schema: integer("WARTAGRAPH_WEBHOOK_RETRY_BASE_MS", 1, MAX, 1000),
  },
  /** how long one webhook POST may take */
  webhookTimeoutMs: {
    variable: "WARTAGRAPH_WEBHOOK_TIMEOUT_MS",
    schema: integer("WARTAGRAPH_WEBHOOK_TIMEOUT_MS", 100, 600_000, 10_000),
  },
  /** how often the webhook worker looks for work when no wake-up comes */
  webhookPollMs: {
    variable: "WARTAGRAPH_WEBHOOK_POLL_MS",
    schema: integer("WARTAGRAPH_WEBHOOK_POLL_MS", 100, MAX, 5000),
  },
  /** how long a delivered webhook delivery is kept (for webhookDeliveries) before it is deleted */
  webhookDeliveredRetentionMs: {
    variable: "WARTAGRAPH_WEBHOOK_DELIVERED_RETENTION_MS",
    schema: integer("WARTAGRAPH_WEBHOOK_DELIVERED_RETENTION_MS", 1, MAX, 7 * 24 * 60 * 60 * 1000),
  },
  /** how often the feed reader reads the feeds when no wake-up comes: a safety net behind NOTIFY and Redis */
  feedPollMs: {
    variable: "WARTAGRAPH_FEED_POLL_MS",
    schema: integer("WARTAGRAPH_FEED_POLL_MS", 100, MAX, 5000),
  },
  /** events a subscriber may fall behind by before it is dropped (it resumes with after) */
  subscriberBuffer: {
    variable: "WARTAGRAPH_SUBSCRIBER_BUFFER",
    schema: integer("WARTAGRAPH_SUBSCRIBER_BUFFER", 1, MAX, 1000),
  },
  /** the NATS server the JetStream relay publishes the change feed to; no relay when unset */
  natsUrl: { variable: "NATS_URL", schema: optionalString.transform(given) },
  natsStream: {
    variable: "WARTAGRAPH_NATS_STREAM",
    schema: optionalString.transform((raw) => given(raw) ?? "WARTAGRAPH"),
  },
  /** how long opening a PostgreSQL connection may take before the request fails as SERVICE_UNAVAILABLE; 0: no limit */
  pgConnectTimeoutMs: {
    variable: "WARTAGRAPH_PG_CONNECT_TIMEOUT_MS",
    schema: integer("WARTAGRAPH_PG_CONNECT_TIMEOUT_MS", 0, MAX, 5000),
  },
  /** PostgreSQL's statement_timeout for every connection but the migrations'; 0: no limit */
  pgStatementTimeoutMs: {
    variable: "WARTAGRAPH_PG_STATEMENT_TIMEOUT_MS",
    schema: integer("WARTAGRAPH_PG_STATEMENT_TIMEOUT_MS", 0, MAX, 120_000),
  },
  /**
   * PostgreSQL's idle_in_transaction_session_timeout: a transaction left idle this long (its
   * client hung or vanished, holding locks) is ended by the server; 0: no limit. The default is
   * the longest transaction timeout in src/graph (bulk writes), so no live transaction meets it.
   */
  pgIdleInTransactionTimeoutMs: {
    variable: "WARTAGRAPH_PG_IDLE_IN_TRANSACTION_TIMEOUT_MS",
    schema: integer("WARTAGRAPH_PG_IDLE_IN_TRANSACTION_TIMEOUT_MS", 0, MAX, 120_000),
  },
  /**
   * worker threads that extract articles off the event loop; one core is left to the main thread,
   * which answers every other request meanwhile
   */
  extractionThreads: {
    variable: "WARTAGRAPH_EXTRACTION_THREADS",
    schema: integer("WARTAGRAPH_EXTRACTION_THREADS", 1, 256, Math.max(1, availableParallelism() - 1)),
  },
  /** how long reading one article may run in its thread before it is cancelled (waiting for a thread not counted) */
  extractionTimeoutMs: {
    variable: "WARTAGRAPH_EXTRACTION_TIMEOUT_MS",
    schema: integer("WARTAGRAPH_EXTRACTION_TIMEOUT_MS", 100, MAX, 60_000),
  },
} as const;

type Settings = typeof SETTINGS;
type Raw = { readonly [K in keyof Settings]: z.output<Settings[K]["schema"]> };

/** Switches whose default depends on NODE_ENV: on while developing, off in production unless turned on. */
const PRODUCTION_OFF = ["introspection", "graphiql", "metrics", "webhookPrivateAddresses"] as const;
type ProductionOff = (typeof PRODUCTION_OFF)[number];

export type Config = { readonly [K in Exclude<keyof Raw, ProductionOff>]: Raw[K] } & {
  readonly [K in ProductionOff]: boolean;
} & {
  readonly production: boolean;
  /** reads every setting; throws one ConfigError listing every bad variable */
  validate(): void;
};

/** The environment variable behind each setting, for messages and the README. */
export const VARIABLES: { readonly [K in keyof Settings]: Settings[K]["variable"] } = Object.fromEntries(
  Object.entries(SETTINGS).map(([key, setting]) => [key, setting.variable]),
) as never;

/** The configuration an environment describes (tests pass their own; the process uses `config()`). */
export function loadConfig(env: Environment = process.env): Config {
  const values = new Map<string, unknown>();
  const read = (key: keyof Settings): unknown => {
    if (!values.has(key)) {
      const setting = SETTINGS[key];
      const result = setting.schema.safeParse(env[setting.variable]);
      if (!result.success) throw new ConfigError(result.error.issues.map((issue) => issue.message).join("; "));
      values.set(key, result.data);
    }
    return values.get(key);
  };
  const production = () => read("nodeEnv") === "production";
  const config = {
    validate() {
      const problems: string[] = [];
      for (const key of Object.keys(SETTINGS) as (keyof Settings)[]) {
        try {
          read(key);
        } catch (error) {
          problems.push((error as Error).message);
        }
      }
      if (problems.length > 0) throw new ConfigError(problems.join("; "));
    },
  } as Record<string, unknown>;
  Object.defineProperty(config, "production", { enumerable: true, get: production });
  for (const key of Object.keys(SETTINGS) as (keyof Settings)[]) {
    const isProductionOff = (PRODUCTION_OFF as readonly string[]).includes(key);
    Object.defineProperty(config, key, {
      enumerable: true,
      get: isProductionOff ? () => (read(key) as boolean | undefined) ?? !production() : () => read(key),
    });
  }
  return config as Config;
}

let processConfig: Config | undefined;

/** This process's configuration, from process.env, parsed on first use of each setting. */
export function config(): Config {
  processConfig ??= loadConfig(process.env);
  return processConfig;
}
