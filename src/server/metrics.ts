import { Counter, collectDefaultMetrics, Registry } from "prom-client";
import { onSqlStatement } from "../store/index.ts";

/** A registry per server: tests start several servers in one process. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "wartagraph_" });
  const sqlStatements = new Counter({
    name: "wartagraph_sql_statements_total",
    help: "SQL statements sent to the database since the server started.",
    registers: [registry],
  });
  const stopCounting = onSqlStatement(() => sqlStatements.inc());
  return { registry, dispose: stopCounting };
}
