import { describe, expect, it } from "vitest";
import { ANONYMOUS } from "../../src/schema/context.ts";
import { authenticate } from "../../src/server/auth.ts";
import type { PrismaClient } from "../../src/store/index.ts";

/**
 * Most requests carry no API key: their caller is known at once, without a promise (each one a
 * request waits on is a turn of the microtask queue, a fixed cost per request; issue 11). A
 * request with a key still looks it up, and a wrong one is still refused.
 */
describe("authenticate", () => {
  const noStore = {} as PrismaClient;

  it("answers an anonymous request at once, without touching the store", () => {
    const caller = authenticate(new Request("http://wartagraph.test/graphql"), { prisma: noStore });
    expect(caller).not.toBeInstanceOf(Promise);
    expect(caller).toBe(ANONYMOUS);
  });

  it("still refuses a malformed Authorization header, through a promise", async () => {
    const caller = authenticate(
      new Request("http://wartagraph.test/graphql", { headers: { authorization: "Basic abc" } }),
      { prisma: noStore },
    );
    expect(caller).toBeInstanceOf(Promise);
    await expect(caller).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
  });
});
