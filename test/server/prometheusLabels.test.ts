import { createPubSub } from "graphql-yoga";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMetrics } from "../../src/server/metrics.ts";
import { createWartagraphYoga, type WartagraphYoga } from "../../src/server/yoga.ts";
import { openTestStore } from "../support/stores.ts";

describe("Prometheus metrics stay bounded and are kept once (issue 11)", () => {
  let yoga: WartagraphYoga;
  let metrics: ReturnType<typeof createMetrics>;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    const opened = await openTestStore("pglite");
    dispose = opened.dispose;
    metrics = createMetrics();
    yoga = createWartagraphYoga({
      logger: pino({ level: "silent" }),
      metrics,
      pubsub: createPubSub(),
      store: opened.store,
    });
  });

  afterAll(async () => {
    await yoga.dispose();
    metrics.dispose();
    await dispose();
  });

  const seriesOf = async (name: string) => (await metrics.registry.getSingleMetric(name)?.get())?.values ?? [];

  it("does not add an HTTP duration series per distinct GET query string", async () => {
    const ask = async (query: string) => {
      const url = new URL("http://wartagraph.test/graphql");
      url.searchParams.set("query", query);
      const response = await yoga.fetch(url, { headers: { accept: "application/json" } });
      expect(response.status).toBe(200);
      await response.text();
    };
    await ask("{ __typename }");
    const before = (await seriesOf("graphql_yoga_http_duration")).length;
    expect(before).toBeGreaterThan(0);
    // the same operation spelled 50 ways (trailing whitespace): 50 distinct URLs
    for (let i = 0; i < 50; i++) await ask(`{ __typename }${" ".repeat(i + 1)}`);
    expect((await seriesOf("graphql_yoga_http_duration")).length).toBe(before);
    for (const series of await seriesOf("graphql_yoga_http_duration")) expect(series.labels).not.toHaveProperty("url");
  });

  it("keeps request durations once, as the histogram, without a second summary of them", async () => {
    expect(metrics.registry.getSingleMetric("graphql_envelop_request_duration")).toBeDefined();
    expect(metrics.registry.getSingleMetric("graphql_envelop_request_time_summary")).toBeUndefined();
  });

  it("times the execute phase, not parse, validate and context (cached or next to nothing, a cost per request)", async () => {
    expect(metrics.registry.getSingleMetric("graphql_envelop_phase_execute")).toBeDefined();
    for (const phase of ["parse", "validate", "context"]) {
      expect(metrics.registry.getSingleMetric(`graphql_envelop_phase_${phase}`)).toBeUndefined();
    }
  });

  it("labels each request's series by operation, as the plugins do (the label functions are ours: src/server/metrics.ts)", async () => {
    const response = await yoga.fetch("http://wartagraph.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "query LabelledByName { __typename }" }),
    });
    expect(response.status).toBe(200);
    await response.text();
    const labelled = async (name: string) =>
      (await seriesOf(name))
        .filter((series) => series.labels.operationName === "LabelledByName")
        .map((series) => series.labels);
    const operation = { operationType: "query", operationName: "LabelledByName" };
    expect(await labelled("graphql_envelop_request")).toEqual([operation]);
    for (const histogram of ["graphql_envelop_request_duration", "graphql_envelop_phase_execute"]) {
      // a histogram's buckets carry `le` beside the labels
      for (const labels of await labelled(histogram)) expect(labels).toMatchObject(operation);
      expect((await labelled(histogram)).length).toBeGreaterThan(0);
    }
    const http = await labelled("graphql_yoga_http_duration");
    expect(http.length).toBeGreaterThan(0);
    for (const labels of http) {
      const { le: _bucket, ...rest } = labels;
      // the order the plugin wrote them in, so the exposition reads as before
      expect(Object.keys(rest)).toEqual(["method", "statusCode", "operationType", "operationName"]);
      expect(rest).toEqual({ method: "POST", statusCode: 200, ...operation });
    }
  });
});
