import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { institutions } from "../../src/graph/entityKinds.ts";
import { advisoryKeyOf } from "../../src/graph/entityLocks.ts";
import { writeArticleDraft } from "../../src/graph/index.ts";
import { lockKeysOf } from "../../src/graph/resolveByAlias.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { createScratchDatabase } from "../support/stores.ts";
import { expectedRacedGraph, racedGraph, racingDraft } from "./concurrentDrafts.ts";

const WRITERS = 20;
/** Several clients with their own pools, as several server instances and CLI runs would be. */
const CLIENTS = 4;

describe("concurrent writers [postgres]", () => {
  let database: Awaited<ReturnType<typeof createScratchDatabase>>;
  const stores: Store[] = [];

  beforeAll(async () => {
    database = await createScratchDatabase("wg_race");
    stores.push(await openStore({ databaseUrl: database.url, role: "test", migrate: "always", poolSize: 2 }));
    for (let i = 0; i < CLIENTS; i++) {
      stores.push(
        await openStore({ databaseUrl: database.url, role: "test", migrate: "always", poolSize: WRITERS / CLIENTS }),
      );
    }
  });
  const firstStore = () => stores[0] as Store;
  const writerStore = () => stores[1] as Store;
  afterAll(async () => {
    for (const store of stores) await store.close();
    await database?.drop();
  });

  it(`${WRITERS} writers naming the same new people, institution and place in different forms make one node each`, async () => {
    const writers = stores.slice(1);
    const conflicts: unknown[] = [];
    const results = await Promise.all(
      Array.from({ length: WRITERS }, (_, index) =>
        writeArticleDraft((writers[index % writers.length] as Store).prisma, racingDraft(index), {
          onRetry: (error) => conflicts.push(error),
        }),
      ),
    );
    expect(results.every((r) => r.created)).toBe(true);
    expect(await racedGraph(firstStore().prisma)).toEqual(expectedRacedGraph(WRITERS));
    // the name locks make writers wait for each other: none had to be rolled back and retried
    expect(conflicts).toEqual([]);
    // each article names the one node of each person
    const mentions = await firstStore().prisma.personMention.groupBy({ by: ["personId"], _count: { articleId: true } });
    expect(mentions.map((m) => m._count.articleId)).toEqual([WRITERS, WRITERS]);
  });

  it(`${WRITERS} writers naming only the same two new people make one person each`, async () => {
    const before = await firstStore().prisma.article.count();
    await firstStore().prisma.person.deleteMany();
    const writers = stores.slice(1);
    await Promise.all(
      Array.from({ length: WRITERS }, (_, index) =>
        writeArticleDraft(
          (writers[index % writers.length] as Store).prisma,
          racingDraft(WRITERS + index, { peopleOnly: true }),
        ),
      ),
    );
    const graph = await racedGraph(firstStore().prisma);
    expect({ people: graph.nodes.people, forms: [graph.forms.personA, graph.forms.personB] }).toEqual({
      people: 2,
      forms: [expectedRacedGraph(0).forms.personA, expectedRacedGraph(0).forms.personB],
    });
    expect(graph.nodes.articles).toBe(before + WRITERS);
  });

  it("retries a write that lost a race to a writer that took no lock, and then finds that writer's node", async () => {
    const prisma = writerStore().prisma;
    // another writer, outside the write path, creates the person and holds its transaction open
    const rival = new pg.Client({ connectionString: database.url });
    await rival.connect();
    try {
      await rival.query("BEGIN");
      await rival.query(
        `INSERT INTO "Person" ("id", "name", "normalizedName") VALUES ('rival', 'Dewi Anggraini', 'dewi anggraini')`,
      );
      await rival.query(
        `INSERT INTO "PersonAlias" ("id", "personId", "alias", "normalized") VALUES ('rival-alias', 'rival', 'Dewi Anggraini', 'dewi anggraini')`,
      );
      const body = "Dewi Anggraini hadir.";
      const retried: unknown[] = [];
      const write = writeArticleDraft(
        prisma,
        parseArticleDraft({
          extractorVersion: "race-test",
          article: { title: "Dewi Anggraini hadir", body },
          people: [{ key: "d", name: "Dewi Anggraini", mentions: [{ start: 0, end: 14 }] }],
        }),
        { onRetry: (error) => retried.push(error) },
      );
      // the write does not see the uncommitted person, creates its own and waits on the alias's unique index
      await waitForLockWait(database.url);
      await rival.query("COMMIT");
      const result = await write;
      expect(retried).toHaveLength(1);
      expect(String(retried[0])).toMatch(/Unique constraint/);
      const people = await prisma.person.findMany({
        where: { normalizedName: "dewi anggraini" },
        select: { id: true },
      });
      expect(people).toEqual([{ id: "rival" }]);
      const mention = await prisma.personMention.findFirstOrThrow({ where: { articleId: result.articleId } });
      expect(mention.personId).toBe("rival");
    } finally {
      await rival.query("ROLLBACK").catch(() => {});
      await rival.end();
    }
  });

  it("retries a write that PostgreSQL aborted to break a deadlock", async () => {
    const prisma = writerStore().prisma;
    // the institution, stored without a short name, that the write below will complete
    const setup = "Rutan Tanjung Karang menerima kunjungan.";
    const { articleId } = await writeArticleDraft(
      prisma,
      parseArticleDraft({
        extractorVersion: "race-test",
        article: { title: "Kunjungan ke Rutan Tanjung Karang", body: setup },
        institutions: [{ key: "r", name: "Rutan Tanjung Karang", type: "RUTAN" }],
      }),
    );
    const { institutionId } = await prisma.institutionMention.findFirstOrThrow({ where: { articleId } });
    const rival = new pg.Client({ connectionString: database.url });
    await rival.connect();
    try {
      // the rival locks the institution's row; the write then takes its name locks and waits to
      // fill in the short name; the rival waits for a name lock: a cycle PostgreSQL breaks
      // the rival checks for deadlocks much later than the write (1 s), so the write is the one aborted
      await rival.query("SET deadlock_timeout = '60s'");
      await rival.query("BEGIN");
      await rival.query(`SELECT 1 FROM "Institution" WHERE "id" = $1 FOR UPDATE`, [institutionId]);
      const draft = parseArticleDraft({
        extractorVersion: "race-test",
        article: { title: "Pameran di Rutan Tanjung Karang", body: "Rutan Tanjung Karang menggelar pameran." },
        institutions: [{ key: "r", name: "Rutan Tanjung Karang", shortName: "Rutan Tanjung Karang", type: "RUTAN" }],
      });
      const retried: unknown[] = [];
      const write = writeArticleDraft(prisma, draft, { onRetry: (error) => retried.push(error) });
      await waitForLockWait(database.url);
      const [high, low] = advisoryKeyOf(lockKeysOf(institutions, draft.institutions)[0] as string);
      // granted once the write was aborted and rolled back
      await rival.query("SELECT pg_advisory_xact_lock($1, $2)", [high, low]);
      await rival.query("COMMIT");
      await write;
      expect(retried.map((e) => String(e))).toEqual([expect.stringMatching(/deadlock detected/)]);
      const stored = await prisma.institution.findUniqueOrThrow({ where: { id: institutionId } });
      expect(stored.shortName).toBe("Rutan Tanjung Karang");
    } finally {
      await rival.query("ROLLBACK").catch(() => {});
      await rival.end();
    }
  });
});

/** Resolves once some session of the database waits for a lock. */
async function waitForLockWait(url: string): Promise<void> {
  const observer = new pg.Client({ connectionString: url });
  await observer.connect();
  try {
    for (let i = 0; i < 500; i++) {
      const { rows } = await observer.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if (rows[0].waiting > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error("no session waited for a lock within 10 s");
  } finally {
    await observer.end();
  }
}
