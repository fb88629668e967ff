import { createCounter, createHistogram, type FillLabelsFnParams } from "@graphql-yoga/plugin-prometheus";
import {
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  getOperationAST,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type OperationDefinitionNode,
} from "graphql";
import { isAsyncIterable, type Plugin, type YogaInitialContext } from "graphql-yoga";
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
type ErrorLabel = OperationLabel | "phase" | "path";
type HttpLabel = OperationLabel | "method" | "statusCode";

/** The labels of every GraphQL metric kept per request: what was run, by name and kind. */
const operationLabels = (params: FillLabelsFnParams): Record<OperationLabel, string> => ({
  operationName: params.operationName ?? "Anonymous",
  operationType: params.operationType ?? "unknown",
});

/** The HTTP duration's labels, in the order yoga's plugin writes them, so the series read as before. */
const httpLabels = (
  request: Request,
  response: Response,
  operation: Pick<FillLabelsFnParams, OperationLabel>,
): Record<HttpLabel, string | number> => ({
  method: request.method,
  statusCode: response.status,
  operationType: operation.operationType ?? "unknown",
  operationName: operation.operationName ?? "Anonymous",
});

/**
 * An error's labels, as the envelop plugin writes them: the operation, the phase it failed in
 * and, for a field's error, the field's path. (Undefined values are kept: a parse error has no operation.)
 */
const errorLabels = (
  params: FillLabelsFnParams & { errorPhase?: string; error?: { path?: readonly (string | number)[] } },
): Record<ErrorLabel, string | undefined> => {
  const labels: Record<ErrorLabel, string | undefined> = {
    operationName: params.operationName,
    operationType: params.operationType,
    phase: params.errorPhase,
  } as Record<ErrorLabel, string | undefined>;
  if (params.error?.path) labels.path = params.error.path.join(".");
  return labels;
};

/**
 * The GraphQL metrics, with the names, help, labels and buckets the Prometheus plugins give them
 * (`/metrics` reads as it did), split by who observes them.
 *
 * A query or mutation over HTTP is observed by `plugin` below, in one place: the request
 * counter, the operation's duration, the execute phase, its field errors and the HTTP duration.
 * Through the plugins those were five hooks a request (parse, validate, execute, request and
 * response), each with its own WeakMap, label filtering (Object.entries, filter,
 * Object.fromEntries) and object spreads: about 10% of the server's CPU for `{ __typename }`
 * (issue 11). The plugins still observe what is rare: subscriptions, parse, validation and
 * context errors (`prometheus`, the `metrics` option of usePrometheus).
 */
export function requestMetrics(registry: Registry) {
  const operationLabelNames: OperationLabel[] = ["operationType", "operationName"];
  const requests = createCounter<"execute" | "subscribe", OperationLabel, FillLabelsFnParams>({
    registry,
    counter: {
      name: "graphql_envelop_request",
      help: "Counts the amount of GraphQL requests executed through Envelop",
      labelNames: operationLabelNames,
    },
    fillLabelsFn: operationLabels,
    phases: ["subscribe"],
  });
  const requestDuration = createHistogram<"execute" | "subscribe", OperationLabel, FillLabelsFnParams>({
    registry,
    histogram: {
      name: "graphql_envelop_request_duration",
      help: "Time spent on running the GraphQL operation from parse to execute",
      labelNames: operationLabelNames,
    },
    fillLabelsFn: operationLabels,
    phases: ["subscribe"],
  });
  const executePhase = createHistogram<"execute", OperationLabel, FillLabelsFnParams>({
    registry,
    histogram: {
      name: "graphql_envelop_phase_execute",
      help: 'Time spent on running the GraphQL "execute" function',
      labelNames: operationLabelNames,
    },
    fillLabelsFn: operationLabels,
    phases: ["execute"],
  });
  const httpDuration = createHistogram<
    "request",
    HttpLabel,
    FillLabelsFnParams & { request: Request; response: Response }
  >({
    registry,
    histogram: {
      name: "graphql_yoga_http_duration",
      help: "Time spent on HTTP connection",
      // the URL stays out, as before: it carries GET query strings, one more series per distinct query, never freed
      labelNames: ["operationName", "operationType", "method", "statusCode"],
    },
    fillLabelsFn: (params) => httpLabels(params.request, params.response, params),
    phases: ["request"],
  });
  const subscribePhase = createHistogram<"subscribe", OperationLabel, FillLabelsFnParams>({
    registry,
    histogram: {
      name: "graphql_envelop_phase_subscribe",
      help: 'Time spent on running the GraphQL "subscribe" function',
      labelNames: operationLabelNames,
    },
    fillLabelsFn: operationLabels,
    phases: ["subscribe"],
  });
  const errors = createCounter<
    "parse" | "validate" | "context" | "execute" | "subscribe",
    ErrorLabel,
    FillLabelsFnParams
  >({
    registry,
    counter: {
      name: "graphql_envelop_error_result",
      help: "Counts the amount of errors reported from all phases",
      labelNames: ["operationType", "operationName", "path", "phase"],
    },
    fillLabelsFn: errorLabels as (params: FillLabelsFnParams) => Record<ErrorLabel, string>,
    phases: ["parse", "validate", "context", "subscribe"],
  });

  /** When each HTTP request came in, and the document it ran once it is parsed. */
  const httpRequests = new WeakMap<Request, { started: number; document?: DocumentNode; operationName?: string }>();
  const noteDocument = ({ result, context }: { result: unknown; context: Partial<YogaInitialContext> }) => {
    if (result instanceof Error || !context.request) return;
    const request = httpRequests.get(context.request);
    if (!request) return;
    request.document = result as DocumentNode;
    request.operationName = context.params?.operationName;
  };

  const plugin: Plugin = {
    onRequest({ request }) {
      httpRequests.set(request, { started: performance.now() });
    },
    // the HTTP duration is labelled by the operation the document selects, as yoga's plugin does
    onParse: () => noteDocument,
    onExecute({ args }) {
      const started = performance.now();
      // as the envelop plugin labels them: the document's first definition, or the operation name asked for
      const first = args.document.definitions[0] as OperationDefinitionNode | undefined;
      const params = (args.contextValue as Partial<YogaInitialContext> | undefined)?.params;
      const labels: Record<OperationLabel, string> = {
        operationName: params?.operationName || first?.name?.value || "Anonymous",
        operationType: first?.operation ?? "unknown",
      };
      const countErrors = ({ result }: { result: ExecutionResult }) => {
        for (const error of result.errors ?? []) {
          // the type as the document has it (undefined when it opens with a fragment), as the envelop plugin counted errors
          errors.counter.inc(
            errorLabels({
              operationName: labels.operationName,
              operationType: first?.operation,
              errorPhase: "execute",
              error,
            }),
          );
        }
      };
      const end = () => {
        const seconds = (performance.now() - started) / 1000;
        requests.counter.inc(labels);
        requestDuration.histogram.observe(labels, seconds);
        executePhase.histogram.observe(labels, seconds);
      };
      return {
        onExecuteDone({ result }) {
          // an incremental delivery (@defer, @stream): each part's errors, the end once
          if (isAsyncIterable(result)) return { onNext: countErrors, onEnd: end };
          if (result.errors?.length) countErrors({ result });
          end();
          return undefined;
        },
      };
    },
    onResponse({ request, response }) {
      const known = httpRequests.get(request);
      if (!known?.document) return;
      const operation = getOperationAST(known.document, known.operationName);
      httpDuration.histogram.observe(
        httpLabels(request, response, { operationType: operation?.operation, operationName: operation?.name?.value }),
        (performance.now() - known.started) / 1000,
      );
    },
  };

  return {
    plugin,
    /** for usePrometheus's `metrics`: what it still observes, and what `plugin` does instead of it */
    prometheus: {
      graphql_envelop_request: requests,
      graphql_envelop_request_duration: requestDuration,
      graphql_envelop_phase_subscribe: subscribePhase,
      graphql_envelop_error_result: errors,
      graphql_envelop_phase_execute: false,
      graphql_yoga_http_duration: false,
    },
  } as const;
}
