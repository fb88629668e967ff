import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mergeEntities, rejectFact, splitPerson } from "../../src/curation/index.ts";
import { FEED_LOCK } from "../../src/graph/changeFeed.ts";
import { countUncountedArticles, lockArticlesForCounting, refreshGraphCounts } from "../../src/graph/coMentions.ts";
import { writeArticleDrafts } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { openStore, Prisma, type PrismaClient, type Store } from "../../src/store/index.ts";
import { type CurationArticle, curationDraft } from "../curation/fixtures.ts";
import { createScratchDatabase } from "../support/stores.ts";
import { coMentionsFromFacts, keptCoMentions, keptRelationCounts, relationCountsFromFacts } from "./graphCounts.ts";

/**
 * A curation change (merge, split, rejected fact) on an article that a bulk ingest left
 * uncounted, while another process is counting that article: the counting transaction has
 * locked and counted it and stays open until the curation's backend waits on it. Whichever way
 * the two meet, the kept counts must equal the counts recomputed from the facts afterwards.
 */

/** Articles naming two nodes of one rutan (`twin` apart), people with posts there, a product each. */
function raceArticles(tag: string): CurationArticle[] {
  const rutan = { name: `Rutan Kelas IIB Cepu ${tag}`, aliases: [] };
  const twin = { name: `Rumah Tahanan Negara Cepu ${tag}`, aliases: [] };
  const lapas = { name: `Lapas Kelas IIA Rembang ${tag}`, aliases: [], type: "LAPAS" as const };
  return [
    {
      slug: `race-${tag}-both`,
      publishedAt: "2025-05-01T10:00:00+07:00",
      institutions: [rutan, twin, lapas],
      positions: [
        [`Bambang Sutrisno ${tag}`, 0, "Kepala Rutan"],
        [`Dewi Lestari ${tag}`, 1, "Petugas"],
        [`Agus Salim ${tag}`, 2, "Kepala Lapas"],
      ],
      products: [[`Batik Cepu ${tag}`, 0]],
    },
    {
      slug: `race-${tag}-twin`,
      publishedAt: "2025-05-02T10:00:00+07:00",
      institutions: [twin, lapas],
      positions: [
        [`Dewi Lestari ${tag}`, 0, "Petugas"],
        [`Bambang Sutrisno ${tag}`, 0, "Kepala Rutan"],
      ],
      products: [[`Batik Cepu ${tag}`, 0]],
    },
    {
      slug: `race-${tag}-rutan`,
      publishedAt: "2025-05-03T10:00:00+07:00",
      institutions: [rutan],
      positions: [[`Bambang Sutrisno ${tag}`, 0, "Kepala Rutan"]],
    },
  ];
}

describe("graph counts when curation meets a count of the same articles [postgres]", () => {
  let database: Awaited<ReturnType<typeof createScratchDatabase>>;
  let counting: Store;
  let curating: Store;

  // a database of its own for each race, so one race's wrong counts do not fail the next
  beforeEach(async () => {
    database = await createScratchDatabase("wg_counts_curation");
    // connections for a held transaction, a count, and a look at pg_stat_activity at once
    counting = await openStore({ databaseUrl: database.url, role: "test", migrate: "always", poolSize: 3 });
    curating = await openStore({ databaseUrl: database.url, role: "test", poolSize: 2 });
  }, 120_000);
  afterEach(async () => {
    await counting?.close();
    await curating?.close();
    await database?.drop();
  });

  /** Writes the articles with their counts left to do; returns the id of each by slug. */
  async function writeUncounted(tag: string): Promise<Map<string, string>> {
    const specs = raceArticles(tag);
    const outcomes = await writeArticleDrafts(
      counting.prisma,
      specs.map((spec) => parseArticleDraft(curationDraft(spec))),
      { deferGraphCounts: true },
    );
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    const articles = await counting.prisma.article.findMany({
      where: { slug: { in: specs.map((s) => s.slug) } },
      select: { id: true, slug: true },
    });
    const ids = new Map(articles.map((a) => [a.slug, a.id]));
    const ledgers = await counting.prisma.coMentionLedger.count({ where: { articleId: { in: [...ids.values()] } } });
    expect(ledgers).toBe(0);
    return ids;
  }

  /** Runs `work` in a transaction held open until released; resolves once `work` is done, with the backend's pid. */
  async function holdOpen(prisma: PrismaClient, work: (tx: Prisma.TransactionClient) => Promise<unknown>) {
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let reportPid = (_pid: number) => {};
    const worked = new Promise<number>((resolve) => {
      reportPid = resolve;
    });
    const done = prisma.$transaction(
      async (tx) => {
        await work(tx);
        const [row] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
        reportPid(row?.pid ?? -1);
        await released;
      },
      { timeout: 120_000, isolationLevel: Prisma.TransactionIsolationLevel.ReadCommitted },
    );
    const pid = await Promise.race([worked, done.then(() => -1)]);
    expect(pid).toBeGreaterThan(0);
    return { pid, release, done };
  }

  /** Resolves, with its pid, once some backend waits on a lock the backend `pid` holds. */
  async function waiterOn(pid: number): Promise<number> {
    for (;;) {
      const [row] = await counting.prisma.$queryRaw<{ pid: number }[]>`
        SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND ${pid}::int = ANY(pg_blocking_pids(pid))`;
      if (row) return row.pid;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Runs `change` against a held count of `articleId`, lets the count commit once it waits, then counts the rest. */
  async function raceWithCount(articleId: string, change: () => Promise<unknown>) {
    // what countUncountedArticles does for one article: lock its row, count it
    const held = await holdOpen(counting.prisma, async (tx) => {
      await lockArticlesForCounting(tx, [articleId]);
      await refreshGraphCounts(tx, [articleId]);
    });
    const changed = change();
    // a change that failed early ends the wait too, and is reported below
    await Promise.race([waiterOn(held.pid), changed.catch(() => {})]);
    held.release();
    await held.done;
    await changed;
    await countUncountedArticles(counting.prisma);
  }

  async function expectCountsAsTheFactsSay() {
    const prisma = counting.prisma;
    expect(await keptCoMentions(prisma)).toEqual(await coMentionsFromFacts(prisma));
    expect(await keptRelationCounts(prisma)).toEqual(await relationCountsFromFacts(prisma));
  }

  const institutionId = async (name: string) =>
    (await counting.prisma.institution.findFirstOrThrow({ where: { name }, select: { id: true } })).id;
  const personId = async (name: string) =>
    (await counting.prisma.person.findFirstOrThrow({ where: { name }, select: { id: true } })).id;

  it("a merge of two institutions the counted article names", async () => {
    const ids = await writeUncounted("merge");
    const keep = await institutionId("Rutan Kelas IIB Cepu merge");
    const merge = await institutionId("Rumah Tahanan Negara Cepu merge");
    await raceWithCount(ids.get("race-merge-both") as string, () =>
      mergeEntities(
        curating.prisma,
        "test",
        { typename: "Institution", id: keep },
        { typename: "Institution", id: merge },
      ),
    );
    await expectCountsAsTheFactsSay();
  }, 120_000);

  it("a split of a person off the counted article", async () => {
    const ids = await writeUncounted("split");
    const person = await personId("Bambang Sutrisno split");
    await raceWithCount(ids.get("race-split-both") as string, () =>
      splitPerson(curating.prisma, "test", { typename: "Person", id: person }, [ids.get("race-split-both") as string]),
    );
    await expectCountsAsTheFactsSay();
  }, 120_000);

  it("a rejected position report of the counted article", async () => {
    const ids = await writeUncounted("reject");
    const article = ids.get("race-reject-both") as string;
    const report = await counting.prisma.positionReport.findFirstOrThrow({
      where: { articleId: article, position: { person: { name: "Agus Salim reject" } } },
      select: { id: true },
    });
    await raceWithCount(article, () =>
      rejectFact(curating.prisma, "test", { typename: "PositionReport", id: report.id }),
    );
    await expectCountsAsTheFactsSay();
  }, 120_000);

  // the other order: here countUncountedArticles' own lock (FOR UPDATE of the article) keeps the count right
  it("a count that reaches an article a merge has recounted but not committed waits for the merge", async () => {
    const ids = await writeUncounted("first");
    const keep = await institutionId("Rutan Kelas IIB Cepu first");
    const merge = await institutionId("Rumah Tahanan Negara Cepu first");
    // the merge takes the feed's lock as its last step, after its recount: holding it holds the merge there
    const feed = await holdOpen(counting.prisma, (tx) => tx.$executeRaw`SELECT pg_advisory_xact_lock(${FEED_LOCK})`);
    const merged = mergeEntities(
      curating.prisma,
      "test",
      { typename: "Institution", id: keep },
      { typename: "Institution", id: merge },
    );
    const mergePid = await Promise.race([waiterOn(feed.pid), merged.then(() => -1)]);
    expect(mergePid).toBeGreaterThan(0);
    expect(await counting.prisma.coMentionLedger.count({ where: { articleId: ids.get("race-first-both") } })).toBe(0);
    const counted = countUncountedArticles(counting.prisma);
    await Promise.race([waiterOn(mergePid), counted.catch(() => {})]);
    feed.release();
    await feed.done;
    await merged;
    await counted;
    expect(await countUncountedArticles(counting.prisma)).toBe(0);
    await expectCountsAsTheFactsSay();
  }, 120_000);
});
