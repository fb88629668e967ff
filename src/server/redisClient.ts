import { createRequire } from "node:module";
import type { Redis, RedisOptions } from "ioredis";

const requirePackage = createRequire(import.meta.url);

/**
 * A Redis connection, with ioredis loaded by the first one: a server without REDIS_URL never
 * loads the package, which took 0.1–0.2 s of start-up on the loaded bench machine (issue 11).
 * ioredis is CommonJS, so it is required synchronously where the connection is made.
 */
export function connectRedis(url: string, options: RedisOptions): Redis {
  const { Redis: RedisClient } = requirePackage("ioredis") as typeof import("ioredis");
  return new RedisClient(url, options);
}
