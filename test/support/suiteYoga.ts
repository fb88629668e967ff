import { createPubSub } from "graphql-yoga";
import { pino } from "pino";
import { afterAll, beforeAll } from "vitest";
import type { Config } from "../../src/config.ts";
import { createMetrics } from "../../src/server/metrics.ts";
import { createWartagraphYoga, type WartagraphYoga } from "../../src/server/yoga.ts";
import { openTestStore } from "./stores.ts";

export interface SuiteYoga {
  readonly yoga: WartagraphYoga;
  /** the yoga's own Prometheus registry, so a suite reads only the series its requests made */
  readonly metrics: ReturnType<typeof createMetrics>;
}

/**
 * A yoga of the suite's own, with its own metrics, over a fresh in-memory PGlite store: opened
 * before the suite's first test and closed after its last. Call it inside `describe`; read the
 * fields inside tests (they are not there before the suite starts).
 */
export function suiteYoga(config?: Config): SuiteYoga {
  let opened: { yoga: WartagraphYoga; metrics: ReturnType<typeof createMetrics>; dispose(): Promise<void> } | undefined;
  beforeAll(async () => {
    const { store, dispose } = await openTestStore("pglite");
    const metrics = createMetrics();
    const yoga = createWartagraphYoga({
      logger: pino({ level: "silent" }),
      metrics,
      pubsub: createPubSub(),
      store,
      config,
    });
    opened = { yoga, metrics, dispose };
  });
  afterAll(async () => {
    if (!opened) return;
    await opened.yoga.dispose();
    opened.metrics.dispose();
    await opened.dispose();
  });
  const current = () => {
    if (!opened) throw new Error("the suite's yoga is not open yet: read it inside a test");
    return opened;
  };
  return {
    get yoga() {
      return current().yoga;
    },
    get metrics() {
      return current().metrics;
    },
  };
}
