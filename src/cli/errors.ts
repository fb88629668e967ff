import { ConfigError } from "../config.ts";
import { StoreLockedError } from "../store/index.ts";

/** Exit codes of the CLI: 1 when some work failed, 2 when the command was called wrongly. */
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
/** the shell's code for a process stopped by Ctrl-C (128 + SIGINT) */
export const EXIT_INTERRUPTED = 130;

/** The command line asks for something the command cannot do; nothing was attempted. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** A failure whose message already says what went wrong and how to fix it; printed as is. */
export class CliFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliFailure";
  }
}

/** What the CLI prints for an error, and the exit code: one readable line, never a stack trace. */
export function describeCliError(error: unknown): { message: string; exitCode: number } {
  if (error instanceof UsageError || error instanceof ConfigError) {
    return { message: `error: ${error.message}`, exitCode: EXIT_USAGE };
  }
  if (error instanceof StoreLockedError || error instanceof CliFailure) {
    return { message: error.message, exitCode: EXIT_FAILURE };
  }
  const database = describeDatabaseFailure(error);
  if (database) return { message: `error: ${database}`, exitCode: EXIT_FAILURE };
  return { message: `error: ${error instanceof Error ? error.message : String(error)}`, exitCode: EXIT_FAILURE };
}

interface CodedError {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/** The error and the errors it wraps (drivers and Prisma nest the one that says what happened). */
function* errorChain(error: unknown): Generator<CodedError> {
  const seen = new Set<unknown>();
  const queue = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const coded = current as CodedError;
    yield coded;
    queue.push(coded.cause);
    if (Array.isArray(coded.errors)) queue.push(...coded.errors);
  }
}

/** PostgreSQL's own reasons for refusing a connection, as a sentence with the fix. */
function describeDatabaseFailure(error: unknown): string | undefined {
  for (const link of errorChain(error)) {
    const message = typeof link.message === "string" ? link.message : "";
    // 3D000 invalid_catalog_name: the server is there, the database is not
    const missing = /database "([^"]+)" does not exist/.exec(message);
    if (link.code === "3D000" || missing) {
      const name = missing?.[1] ?? "named in DATABASE_URL";
      return (
        `the PostgreSQL database ${missing ? `"${name}"` : name} does not exist: create it ` +
        `(createdb ${missing ? name : "<name>"}, with -h/-p/-U as in DATABASE_URL) and run "npm run db:migrate" with the same DATABASE_URL`
      );
    }
    if (link.code === "ECONNREFUSED") {
      const where = /connect ECONNREFUSED (\S+)/.exec(message)?.[1] ?? "the address in DATABASE_URL";
      return `nothing accepts connections at ${where}: is PostgreSQL running there, and is DATABASE_URL right?`;
    }
    if (link.code === "28P01" || link.code === "28000") {
      return `PostgreSQL refused the login: ${message} (check the user and password in DATABASE_URL)`;
    }
  }
  return undefined;
}

/** The reason a server could not listen on its port, with the way out; undefined for other errors. */
export function describeListenFailure(error: unknown, port: number, host: string): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EADDRINUSE") {
    return (
      `port ${port} is already in use on ${host} (another wartagraph or another program listens there): ` +
      `stop it, or pick another port with --port <n> or PORT=<n> (--port 0 takes any free port)`
    );
  }
  if (code === "EACCES") {
    return `this user may not listen on port ${port}: ports below 1024 need privileges; pick another with --port <n> or PORT=<n>`;
  }
  if (code === "EADDRNOTAVAIL") {
    return `${host} is not an address of this machine: set HOST to one of its addresses, 0.0.0.0 (all) or 127.0.0.1`;
  }
  return undefined;
}
