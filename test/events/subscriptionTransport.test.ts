import { describe, expect, it } from "vitest";
import { testYoga } from "../support/graphql.ts";

const SUBSCRIPTION = "subscription { graphChanged { cursor kind } }";

async function post(accept: string | undefined) {
  const response = await testYoga().fetch("http://wartagraph.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...(accept ? { accept } : {}) },
    body: JSON.stringify({ query: SUBSCRIPTION }),
    signal: AbortSignal.timeout(5000),
  });
  return { status: response.status, text: await response.text() };
}

describe("a subscription POSTed without accepting an event stream", () => {
  it("gets a 406 that says to send accept: text/event-stream, with or without an accept header", async () => {
    for (const accept of [undefined, "application/json", "application/graphql-response+json"]) {
      const { status, text } = await post(accept);
      expect(status).toBe(406);
      expect(text).toMatch(/text\/event-stream/);
      expect(JSON.parse(text).errors[0].extensions.code).toBe("BAD_REQUEST");
    }
  });
});
