import { Prisma } from "../store/index.ts";

/**
 * Errors after which the same write, run again from the start, can succeed: a unique violation
 * (another transaction committed the row this one was about to create; the retry finds it), a
 * serialization failure and a deadlock (PostgreSQL aborted this transaction to break a cycle).
 */
const RETRYABLE_PRISMA_CODES = new Set(["P2002", "P2034"]);
const RETRYABLE_SQLSTATES = new Set(["23505", "40001", "40P01"]);

export function isRetryableConflict(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (RETRYABLE_PRISMA_CODES.has(error.code)) return true;
    return RETRYABLE_SQLSTATES.has(sqlStateOf(error.meta?.driverAdapterError) ?? "");
  }
  return RETRYABLE_SQLSTATES.has(sqlStateOf(error) ?? "");
}

/** The SQLSTATE a driver adapter error carries (raw queries report deadlocks this way). */
function sqlStateOf(error: unknown): string | undefined {
  const cause = (error as { cause?: { originalCode?: unknown; code?: unknown } } | undefined)?.cause;
  const code = cause?.originalCode ?? cause?.code;
  return typeof code === "string" ? code : undefined;
}

export interface RetryOptions {
  attempts: number;
  /** the first pause; each further one doubles, with jitter so the losers do not collide again */
  baseDelayMs: number;
  /** told of each conflict that is retried */
  onRetry?: (error: unknown, attempt: number) => void;
}

/** Runs `work` again after a retryable conflict, at most `attempts` times in all. */
export async function retryOnConflict<T>(work: () => Promise<T>, options: RetryOptions): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= options.attempts || !isRetryableConflict(error)) throw error;
      options.onRetry?.(error, attempt);
      const pause = options.baseDelayMs * 2 ** (attempt - 1) * (0.5 + Math.random());
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}
