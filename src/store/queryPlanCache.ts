import { QueryCompiler } from "@prisma/client/runtime/query_compiler_bg.postgresql.mjs";

/**
 * Prisma 6's client (engineType "client") compiles every query into a plan (SQL and how to shape
 * the rows) in WebAssembly, anew for each call: nothing is kept between two identical calls. On
 * the institution page the one nested read took 60 % of the request's CPU just to compile.
 * A plan is a function of the query alone (the request JSON: model, action, arguments and
 * selection, values included), so plans of reads are kept here by that JSON and a repeated
 * query skips the compiler. Rows are still read from the database every time: this keeps SQL,
 * never data.
 *
 * Only reads are kept (a write's plan may carry values made when it was compiled), only small
 * requests (a long one is an ingest's, not repeated), and at most PLAN_CACHE_ENTRIES of them,
 * the least recently used dropped first.
 */

export const PLAN_CACHE_ENTRIES = 500;

/** Longer request JSON is not kept (bulk id lists, raw statements with many values). */
const MAX_KEPT_REQUEST_LENGTH = 16 * 1024;

const READ_ACTIONS =
  /^\{"modelName":"[A-Za-z0-9_]+","action":"(findFirst|findFirstOrThrow|findUnique|findUniqueOrThrow|findMany|count|aggregate|groupBy)"|^\{"action":"queryRaw"/;

interface Compiler {
  compile(request: string): unknown;
}

/**
 * Plans per compiler: each client builds its compiler with what its database supports (relation
 * joins, the schema name …), so a PGlite store and a PostgreSQL store in one process compile the
 * same request differently.
 */
const plansOf = new WeakMap<Compiler, Map<string, unknown>>();
let hits = 0;
let misses = 0;

/** How often a plan was reused since the process started (for tests and benches). */
export function queryPlanCacheStats(): { hits: number; misses: number } {
  return { hits, misses };
}

function remember(plans: Map<string, unknown>, request: string, plan: unknown): void {
  plans.set(request, plan);
  if (plans.size > PLAN_CACHE_ENTRIES) {
    const oldest = plans.keys().next().value;
    if (oldest !== undefined) plans.delete(oldest);
  }
}

let installed = false;

/** Keeps the plans of repeated reads; every Prisma client of the process shares them (one schema). */
export function installQueryPlanCache(): void {
  if (installed) return;
  installed = true;
  const prototype: Compiler = QueryCompiler.prototype;
  const compile = prototype.compile;
  prototype.compile = function compileOnce(this: Compiler, request: string): unknown {
    if (request.length > MAX_KEPT_REQUEST_LENGTH || !READ_ACTIONS.test(request)) return compile.call(this, request);
    let plans = plansOf.get(this);
    if (!plans) {
      plans = new Map();
      plansOf.set(this, plans);
    }
    const known = plans.get(request);
    if (known !== undefined) {
      hits++;
      // most recently used last: the first key is the one to drop
      plans.delete(request);
      plans.set(request, known);
      return known;
    }
    misses++;
    const plan = compile.call(this, request);
    remember(plans, request, plan);
    return plan;
  };
}
