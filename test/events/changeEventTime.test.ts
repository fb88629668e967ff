import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeArticleDraft } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { syntheticDraft } from "../support/drafts.ts";
import { createScratchDatabase } from "../support/stores.ts";

/**
 * ChangeEvent.at is the instant of the commit whatever the database's TimeZone: as a timestamp
 * without time zone it was written in Jakarta time and read back as UTC, seven hours late.
 */
describe("ChangeEvent.at on a PostgreSQL database whose TimeZone is Asia/Jakarta", () => {
  let database: Awaited<ReturnType<typeof createScratchDatabase>>;
  let store: Store;

  beforeAll(async () => {
    database = await createScratchDatabase("wg_change_time");
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      const name = new URL(database.url).pathname.slice(1);
      await admin.query(`ALTER DATABASE "${name}" SET timezone TO 'Asia/Jakarta'`);
    } finally {
      await admin.end();
    }
    store = await openStore({ databaseUrl: database.url, role: "test", migrate: "always", poolSize: 2 });
  });

  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it("is the moment of the write, not hours beside it", async () => {
    const before = Date.now();
    await writeArticleDraft(store.prisma, parseArticleDraft(syntheticDraft(1)));
    const after = Date.now();
    const events = await store.prisma.changeEvent.findMany({ select: { at: true } });
    expect(events.length).toBeGreaterThan(0);
    // the database runs on this machine: its clock is this one (a minute of slack either way)
    for (const { at } of events) {
      expect(at.getTime()).toBeGreaterThanOrEqual(before - 60_000);
      expect(at.getTime()).toBeLessThanOrEqual(after + 60_000);
    }
    // a client of its own, in the database's TimeZone, compares it with now() as an instant
    const jakarta = new pg.Client({ connectionString: database.url });
    await jakarta.connect();
    try {
      const { rows } = await jakarta.query(
        `SELECT current_setting('TimeZone') AS zone,
           count(*) FILTER (WHERE at BETWEEN now() - interval '1 minute' AND now() + interval '1 minute')::int AS recent,
           count(*)::int AS events
         FROM "ChangeEvent"`,
      );
      expect(rows[0]).toEqual({ zone: "Asia/Jakarta", recent: events.length, events: events.length });
    } finally {
      await jakarta.end();
    }
  });
});
