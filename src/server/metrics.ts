import { type GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from "graphql";
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

/**
 * Whether any field, argument, input field or enum value of the schema is deprecated. The
 * Prometheus plugin's deprecated-field counter walks every operation's document with type
 * information to find uses of them (a fifth of the CPU of `{ __typename }`): it is on only
 * when there is something to count.
 */
export function hasDeprecations(schema: GraphQLSchema): boolean {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (field.deprecationReason != null || field.args.some((arg) => arg.deprecationReason != null)) return true;
      }
    } else if (isInputObjectType(type)) {
      if (Object.values(type.getFields()).some((field) => field.deprecationReason != null)) return true;
    } else if (isEnumType(type)) {
      if (type.getValues().some((value) => value.deprecationReason != null)) return true;
    }
  }
  return false;
}
