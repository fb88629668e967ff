import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDatabaseUrl } from "../../src/store/databaseUrl.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { createScratchDatabase } from "../support/stores.ts";

function sessionOptions(url: string): string | null {
  const location = parseDatabaseUrl(url);
  if (location.kind !== "postgres") throw new Error(`not a PostgreSQL location: ${location.kind}`);
  return new URL(location.url).searchParams.get("options");
}

describe("session settings of PostgreSQL connections", () => {
  it("adds UTC and no JIT, and keeps what the URL's own options set", () => {
    expect(sessionOptions("postgres://localhost/news")).toBe("-c TimeZone=UTC -c jit=off");
    expect(sessionOptions("postgres://localhost/news?options=-c%20jit%3Don")).toBe("-c jit=on -c TimeZone=UTC");
    expect(sessionOptions("postgres://localhost/news?options=-c%20statement_timeout%3D5000")).toBe(
      "-c statement_timeout=5000 -c TimeZone=UTC -c jit=off",
    );
  });
});

describe("a store's sessions on PostgreSQL [postgres]", () => {
  let database: Awaited<ReturnType<typeof createScratchDatabase>>;
  let store: Store;

  beforeAll(async () => {
    database = await createScratchDatabase("wg_session_settings");
    store = await openStore({ databaseUrl: database.url, role: "test", migrate: "always", poolSize: 2 });
  });
  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  // JIT compiles a read whose estimate crosses jit_above_cost, and on the read API's filters that
  // compile took longer than the query it was meant to speed up
  it("plans without JIT and in UTC, whatever the server's defaults", async () => {
    const rows = await store.prisma.$queryRawUnsafe<{ jit: string; zone: string }[]>(
      "SELECT current_setting('jit') AS jit, current_setting('TimeZone') AS zone",
    );
    expect(rows).toEqual([{ jit: "off", zone: "UTC" }]);
  });
});
