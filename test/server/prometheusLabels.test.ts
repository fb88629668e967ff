import { describe, expect, it } from "vitest";
import { suiteYoga } from "../support/suiteYoga.ts";

describe("Prometheus metrics stay bounded and are kept once (issue 11)", () => {
  const served = suiteYoga();

  const seriesOf = async (name: string) => (await served.metrics.registry.getSingleMetric(name)?.get())?.values ?? [];

  it("does not add an HTTP duration series per distinct GET query string", async () => {
    const ask = async (query: string) => {
      const url = new URL("http://wartagraph.test/graphql");
      url.searchParams.set("query", query);
      const response = await served.yoga.fetch(url, { headers: { accept: "application/json" } });
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
    expect(served.metrics.registry.getSingleMetric("graphql_envelop_request_duration")).toBeDefined();
    expect(served.metrics.registry.getSingleMetric("graphql_envelop_request_time_summary")).toBeUndefined();
  });

  it("times the execute phase, not parse, validate and context (cached or next to nothing, a cost per request)", async () => {
    expect(served.metrics.registry.getSingleMetric("graphql_envelop_phase_execute")).toBeDefined();
    for (const phase of ["parse", "validate", "context"]) {
      expect(served.metrics.registry.getSingleMetric(`graphql_envelop_phase_${phase}`)).toBeUndefined();
    }
  });

  it("labels each request's series by operation, as the plugins do (the label functions are ours: src/server/metrics.ts)", async () => {
    const response = await served.yoga.fetch("http://wartagraph.test/graphql", {
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

  it("observes each query once in every per-request series, its field errors by path, and refused documents by HTTP duration", async () => {
    const post = async (query: string) => {
      const response = await served.yoga.fetch("http://wartagraph.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
      await response.text();
    };
    // a counter's value, or a histogram's count of observations (its `_count` series)
    const count = async (name: string, operationName: string, extra: Record<string, string> = {}) =>
      ((await seriesOf(name)) as { labels: Record<string, unknown>; value: number; metricName?: string }[])
        .filter(
          (series) =>
            series.labels.operationName === operationName &&
            (series.metricName === undefined || series.metricName === `${name}_count`) &&
            Object.entries(extra).every(([label, value]) => series.labels[label] === value),
        )
        .reduce((sum, series) => sum + series.value, 0);
    for (let i = 0; i < 3; i++) await post("query CountedThrice { __typename }");
    expect(await count("graphql_envelop_request", "CountedThrice")).toBe(3);
    for (const histogram of [
      "graphql_envelop_request_duration",
      "graphql_envelop_phase_execute",
      "graphql_yoga_http_duration",
    ])
      expect(await count(histogram, "CountedThrice")).toBe(3);
    // a field error: counted in the execute phase, by the field's path
    await post('query FieldError { person(id: "not an id") { name } }');
    expect(await count("graphql_envelop_error_result", "FieldError", { phase: "execute", path: "person" })).toBe(1);
    // refused by validation: never executed, but its HTTP request is timed, and the error counted
    await post("query Refused { noSuchField }");
    expect(await count("graphql_envelop_request", "Refused")).toBe(0);
    expect(await count("graphql_yoga_http_duration", "Refused")).toBe(1);
    expect(await count("graphql_envelop_error_result", "Refused", { phase: "validate" })).toBe(1);
  });
});
