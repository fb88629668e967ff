import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { usePrometheus } from "@graphql-yoga/plugin-prometheus";
import { getOperationAST } from "graphql";
import { createYoga, type Plugin, type YogaServerInstance } from "graphql-yoga";
import type { Logger } from "pino";
import { type Context, createContext, type FeedPubSub } from "../schema/context.ts";
import { schema } from "../schema/index.ts";
import { authenticate } from "./auth.ts";
import { maskErrorKeepingUnavailability, useDatabaseAvailability } from "./health.ts";
import { GRAPHIQL_OPTIONS, renderOfflineGraphiQL } from "./graphiql.ts";
import type { createMetrics } from "./metrics.ts";

/** Request limits: no query can make the server do unbounded work. */
export const LIMITS = {
  maxDepth: 12,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 2000,
  maxCost: 20000,
};

export interface WartagraphYogaOptions {
  logger: Logger;
  metrics: ReturnType<typeof createMetrics>;
  pubsub: FeedPubSub;
}

export type WartagraphYoga = YogaServerInstance<Record<string, unknown>, Context>;

export function createWartagraphYoga({ logger, metrics, pubsub }: WartagraphYogaOptions): WartagraphYoga {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    healthCheckEndpoint: "/health",
    landingPage: false,
    context: async ({ request }) => createContext(await authenticate(request), pubsub),
    graphiql: GRAPHIQL_OPTIONS,
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
      useDatabaseAvailability(),
      EnvelopArmorPlugin({
        maxDepth: { n: LIMITS.maxDepth },
        maxAliases: { n: LIMITS.maxAliases },
        maxDirectives: { n: LIMITS.maxDirectives },
        maxTokens: { n: LIMITS.maxTokens },
        costLimit: { maxCost: LIMITS.maxCost },
      }),
      usePrometheus({ registry: metrics.registry, endpoint: "/metrics" }),
      useOperationLog(logger),
    ],
  });
}

/** One structured log line per executed operation: its name, how long it took, whether it failed. */
function useOperationLog(logger: Logger): Plugin<Context> {
  return {
    onExecute({ args }) {
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
