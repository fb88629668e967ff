import { createCounter, createHistogram, type FillLabelsFnParams } from "@graphql-yoga/plugin-prometheus";
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

type OperationLabel = "operationType" | "operationName";

/** The labels of every GraphQL metric kept per request: what was run, by name and kind. */
const operationLabels = (params: FillLabelsFnParams): Record<OperationLabel, string> => ({
  operationName: params.operationName ?? "Anonymous",
  operationType: params.operationType ?? "unknown",
});

/**
 * The metrics observed on every request, defined here with the names, help, labels and buckets
 * the Prometheus plugins give them, but with label functions that build the labels directly: the
 * plugins' own pass every label set through a generic filter (Object.entries, filter,
 * Object.fromEntries) four times a request, a cost per request for labels that never change
 * (issue 11). The URL stays out of the HTTP histogram's labels, as before (a series per query string).
 */
export function perRequestMetrics(registry: Registry) {
  const operationLabelNames: OperationLabel[] = ["operationType", "operationName"];
  return {
    graphql_envelop_request: createCounter<"execute" | "subscribe", OperationLabel, FillLabelsFnParams>({
      registry,
      counter: {
        name: "graphql_envelop_request",
        help: "Counts the amount of GraphQL requests executed through Envelop",
        labelNames: operationLabelNames,
      },
      fillLabelsFn: operationLabels,
      phases: ["execute", "subscribe"],
    }),
    graphql_envelop_request_duration: createHistogram<"execute" | "subscribe", OperationLabel, FillLabelsFnParams>({
      registry,
      histogram: {
        name: "graphql_envelop_request_duration",
        help: "Time spent on running the GraphQL operation from parse to execute",
        labelNames: operationLabelNames,
      },
      fillLabelsFn: operationLabels,
      phases: ["execute", "subscribe"],
    }),
    graphql_envelop_phase_execute: createHistogram<"execute", OperationLabel, FillLabelsFnParams>({
      registry,
      histogram: {
        name: "graphql_envelop_phase_execute",
        help: 'Time spent on running the GraphQL "execute" function',
        labelNames: operationLabelNames,
      },
      fillLabelsFn: operationLabels,
      phases: ["execute"],
    }),
    graphql_yoga_http_duration: createHistogram<
      "request",
      OperationLabel | "method" | "statusCode",
      FillLabelsFnParams & { request: Request; response: Response }
    >({
      registry,
      histogram: {
        name: "graphql_yoga_http_duration",
        help: "Time spent on HTTP connection",
        labelNames: ["operationName", "operationType", "method", "statusCode"],
      },
      // in the order the plugin writes them, so the series read as before
      fillLabelsFn: (params) => ({
        method: params.request.method,
        statusCode: params.response.status,
        operationType: params.operationType ?? "unknown",
        operationName: params.operationName ?? "Anonymous",
      }),
      phases: ["request"],
    }),
  };
}
