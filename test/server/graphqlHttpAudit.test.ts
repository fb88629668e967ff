import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testYoga } from "../support/graphql.ts";
import { openTestStore } from "../support/stores.ts";

/**
 * The GraphQL over HTTP spec's own audit (graphql-http `serverAudits`), against the service as
 * clients meet it: every MUST and every SHOULD passes, through yoga.fetch without a network.
 * MAY audits are recommendations and are run but not required.
 *
 * The audits send `{ __typename }`-style documents that read no data; a store is open only
 * because every request looks its caller up in it.
 */
const audits = serverAudits({
  url: "http://wartagraph.test/graphql",
  fetchFn: (input: string, init?: RequestInit) => testYoga().fetch(input, init ?? {}),
});

/** SHOULD audits the service knowingly does not meet, with the reason (none today). */
const SHOULD_NOT_MET: Readonly<Record<string, string>> = {};

describe("GraphQL over HTTP spec (graphql-http serverAudits)", () => {
  let store: Awaited<ReturnType<typeof openTestStore>> | undefined;
  beforeAll(async () => {
    store = await openTestStore("pglite");
  });
  afterAll(async () => {
    await store?.dispose();
  });

  it("runs a non-empty audit with MUST and SHOULD requirements", () => {
    expect(audits.filter((audit) => audit.name.startsWith("MUST ")).length).toBeGreaterThan(10);
    expect(audits.filter((audit) => audit.name.startsWith("SHOULD ")).length).toBeGreaterThan(10);
  });

  for (const audit of audits) {
    const level = audit.name.split(" ")[0];
    if (level === "MAY") continue;
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      if (audit.id in SHOULD_NOT_MET) return;
      const failure = result.status === "ok" ? undefined : { reason: result.reason, response: result.response };
      expect(failure).toBeUndefined();
    });
  }
});
