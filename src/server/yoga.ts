import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { usePrometheus } from "@graphql-yoga/plugin-prometheus";
import { getOperationAST } from "graphql";
import { createYoga, type Plugin, type YogaServerInstance } from "graphql-yoga";
import type { Logger } from "pino";
import { type Config, config as processConfig } from "../config.ts";
import { type Context, createContext, type FeedPubSub } from "../schema/context.ts";
import { schema } from "../schema/index.ts";
import type { ServedStore } from "../store/index.ts";
import { clientAddress, createAccessControl } from "./access.ts";
import { authenticate } from "./auth.ts";
import { useRequestBodyLimit } from "./bodyLimit.ts";
import { useRequestCost } from "./cost.ts";
import { useExplorePage } from "./explore.ts";
import { useExportEndpoint } from "./export.ts";
import { GRAPHIQL_OPTIONS, renderOfflineGraphiQL } from "./graphiql.ts";
import { maskErrorKeepingUnavailability, useDatabaseAvailability } from "./health.ts";
import {
  armorConfig,
  useArgumentBounds,
  useQueryLengthLimit,
  useSelectionSetLimit,
  useUserErrorCodes,
} from "./inputBounds.ts";
import { type createMetrics, hasDeprecations, requestMetrics } from "./metrics.ts";
import { useSharedSubscriptionEvents } from "./sharedSubscriptionEvents.ts";
import { useSubscriptionTransportCheck } from "./subscriptionTransport.ts";
import { useValidationCache } from "./validationCache.ts";

/** Request limits (src/server/limits.ts): no query can make the server do unbounded work. */
export { LIMITS } from "./limits.ts";

export interface WartagraphYogaOptions {
  logger: Logger;
  metrics: ReturnType<typeof createMetrics>;
  pubsub: FeedPubSub;
  /** the store to serve: every request reads and writes through its Prisma client */
  store: ServedStore;
  /** the settings to serve with; the process configuration (environment) when not given */
  config?: Config;
}

export type WartagraphYoga = YogaServerInstance<Record<string, unknown>, Context>;

export function createWartagraphYoga({
  logger,
  metrics,
  pubsub,
  store,
  ...options
}: WartagraphYogaOptions): WartagraphYoga {
  const config = options.config ?? processConfig();
  const access = createAccessControl(config, logger);
  const perRequest = requestMetrics(metrics.registry);
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    healthCheckEndpoint: "/health",
    landingPage: false,
    // the body limit is useRequestBodyLimit below: yoga's own wraps every body in a counting stream
    maxRequestBodySize: false,
    // documents are parsed once per query text by yoga; their validation is cached by useValidationCache below
    parserAndValidationCache: { validationCache: false },
    // built without a promise for an anonymous caller (see authenticate), and without copying yoga's initial context
    context: (initialContext) => {
      const { request } = initialContext;
      const caller = authenticate(request, {
        prisma: store.prisma,
        access,
        address: clientAddress(request, initialContext, config.trustProxy),
      });
      return caller instanceof Promise
        ? caller.then((known) => createContext(known, pubsub, store.prisma))
        : createContext(caller, pubsub, store.prisma);
    },
    cors: access.cors,
    // file uploads are not part of the API, and a multipart POST needs no CORS preflight
    multipart: false,
    // off in production unless WARTAGRAPH_GRAPHIQL turns it on (src/config.ts)
    graphiql: config.graphiql ? GRAPHIQL_OPTIONS : false,
    renderGraphiQL: renderOfflineGraphiQL,
    logging: {
      debug: (...args) => logger.debug(args.length === 1 ? args[0] : args),
      info: (...args) => logger.info(args.length === 1 ? args[0] : args),
      warn: (...args) => logger.warn(args.length === 1 ? args[0] : args),
      error: (...args) => logger.error(args.length === 1 ? args[0] : args),
    },
    // a database outage is reported as SERVICE_UNAVAILABLE (retry later), every other internal error is masked
    maskedErrors: { maskError: maskErrorKeepingUnavailability },
    plugins: [
      // first: a refused request costs no body read, parse or database round trip
      ...access.plugins,
      { onDispose: () => access.close() },
      useDatabaseAvailability(store),
      useQueryLengthLimit(),
      useSelectionSetLimit(),
      useSubscriptionTransportCheck(),
      EnvelopArmorPlugin(armorConfig({ production: config.production })),
      useArgumentBounds(),
      useUserErrorCodes(),
      useExportEndpoint(store),
      useExplorePage(),
      // counted always; served at /metrics unless switched off (off in production unless WARTAGRAPH_METRICS)
      usePrometheus({
        registry: metrics.registry,
        endpoint: config.metrics ? "/metrics" : false,
        metrics: {
          ...perRequest.prometheus,
          graphql_envelop_deprecated_field: hasDeprecations(schema),
          // the same durations as graphql_envelop_request_duration, kept a second time as quantiles
          graphql_envelop_request_time_summary: false,
          // parse and validate are answered from yoga's document cache and the context is a few
          // objects: three histograms observed per request that time next to nothing (issue 11)
          graphql_envelop_phase_parse: false,
          graphql_envelop_phase_validate: false,
          graphql_envelop_phase_context: false,
        },
        // a URL label would carry GET query strings: one more series per distinct query, never freed
        labels: { url: false },
      }),
      // what every query and mutation over HTTP observes, without the plugins' machinery (src/server/metrics.ts)
      perRequest.plugin,
      useOperationLog(logger),
      useRequestCost(),
      // after every request parser: 413 from the Content-Length, or once a streamed body passes it, before the body is read whole
      useRequestBodyLimit(config.maxBodyBytes),
      // one execution and serialisation per event and distinct subscription, not per subscriber
      useSharedSubscriptionEvents(),
      // last: after every plugin that adds a validation rule
      useValidationCache(),
    ],
  });
}

/** One structured log line per executed operation: its name, how long it took, whether it failed. */
function useOperationLog(logger: Logger): Plugin<Context> {
  return {
    onExecute({ args }) {
      // below the logger's level the line is never written: no clock read, no document walk
      if (!logger.isLevelEnabled("info")) return;
      const started = performance.now();
      return {
        onExecuteDone({ result }) {
          const errors = "errors" in result ? (result.errors?.length ?? 0) : 0;
          logger.info(
            {
              // the name in the document when the request did not repeat it as operationName
              operation: getOperationAST(args.document, args.operationName)?.name?.value ?? "anonymous",
              ms: Math.round(performance.now() - started),
              errors,
            },
            "graphql operation",
          );
        },
      };
    },
  };
}
