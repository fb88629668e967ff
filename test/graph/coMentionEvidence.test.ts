import { beforeAll, expect, it } from "vitest";
import { writeArticleDraft, writeArticleDrafts } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import type { PrismaClient } from "../../src/store/index.ts";
import { type NewsSpec, newsDraft } from "../schema/newsroom.ts";
import { describeEachStore } from "../support/stores.ts";

/**
 * Thirteen articles naming Hemu and Lapas Pati (more than the ten a pair keeps), written out of
 * date order, the first six one by one and the rest in one bulk batch. Article e<n> is dated day
 * n of March 2025, so the newest ten are e13 … e4. Mardi is named in e1–e3 only.
 */
const WRITE_ORDER = [5, 1, 12, 3, 9, 7, 13, 2, 11, 4, 10, 6, 8];
const spec = (day: number, overrides: Partial<NewsSpec> = {}): NewsSpec => ({
  slug: `e${day}`,
  publishedAt: `2025-03-${String(day).padStart(2, "0")}T10:00:00+07:00`,
  institutions: ["lapas-pati"],
  people: day <= 3 ? ["hemu", "mardi"] : ["hemu"],
  ...overrides,
});

async function keyOf(prisma: PrismaClient, kind: "Person" | "Institution", name: string): Promise<string> {
  const delegate = kind === "Person" ? prisma.person : prisma.institution;
  const row = await (delegate as PrismaClient["person"]).findFirstOrThrow({ where: { name }, select: { id: true } });
  return `${kind}:${row.id}`;
}

/** The kept evidence of a pair, as slugs, and whether its dates run newest first beside it. */
async function evidenceOf(prisma: PrismaClient, a: string, b: string) {
  const row = await prisma.coMention.findUniqueOrThrow({
    where: { entityKey_otherKey: { entityKey: a, otherKey: b } },
  });
  const articles = await prisma.article.findMany({
    where: { id: { in: row.evidence } },
    select: { id: true, slug: true, listedAt: true },
  });
  const byId = new Map(articles.map((article) => [article.id, article]));
  return {
    slugs: row.evidence.map((id) => byId.get(id)?.slug),
    datesMatch: row.evidence.every((id, i) => byId.get(id)?.listedAt.getTime() === row.evidenceAt[i]?.getTime()),
  };
}

/**
 * Every pair's newest ten shared articles, straight from the mention tables: what the kept
 * evidence must equal, whatever order the articles were written or rewritten in.
 */
async function evidenceFromMentions(prisma: PrismaClient): Promise<Map<string, string[]>> {
  const rows = await prisma.$queryRawUnsafe<{ pair: string; ids: string[] }[]>(`
    WITH named AS (
      SELECT "articleId", "listedAt", 'Person:' || "personId" AS entity FROM "PersonMention"
      UNION ALL SELECT "articleId", "listedAt", 'Institution:' || "institutionId" FROM "InstitutionMention"
      UNION ALL SELECT "articleId", "listedAt", 'Place:' || "placeId" FROM "PlaceMention"
    )
    SELECT pair, (array_agg("articleId" ORDER BY "listedAt" DESC, "articleId" DESC))[1:10] AS ids
    FROM (SELECT a.entity || '|' || b.entity AS pair, a."articleId", a."listedAt"
          FROM named a JOIN named b ON b."articleId" = a."articleId" AND b.entity <> a.entity) shared
    GROUP BY pair`);
  return new Map(rows.map((row) => [row.pair, row.ids]));
}

async function keptEvidence(prisma: PrismaClient): Promise<Map<string, string[]>> {
  const rows = await prisma.coMention.findMany({ where: { evidence: { isEmpty: false } } });
  return new Map(rows.map((row) => [`${row.entityKey}|${row.otherKey}`, row.evidence]));
}

describeEachStore("co-mention evidence kept at write time", (fixture) => {
  let hemu: string;
  let lapas: string;
  let mardi: string;
  const write = (news: NewsSpec) => writeArticleDraft(fixture.store.prisma, parseArticleDraft(newsDraft(news)));

  beforeAll(async () => {
    const prisma = fixture.store.prisma;
    for (const day of WRITE_ORDER.slice(0, 6)) await write(spec(day));
    const outcomes = await writeArticleDrafts(
      prisma,
      WRITE_ORDER.slice(6).map((day) => parseArticleDraft(newsDraft(spec(day)))),
    );
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    hemu = await keyOf(prisma, "Person", "Hemu");
    mardi = await keyOf(prisma, "Person", "Mardi Santoso");
    lapas = await keyOf(prisma, "Institution", "Lapas Kelas IIB Pati");
  }, 120_000);

  it("keeps a pair's newest ten articles, newest first, whatever order they were written in", async () => {
    const prisma = fixture.store.prisma;
    const newestTen = ["e13", "e12", "e11", "e10", "e9", "e8", "e7", "e6", "e5", "e4"];
    expect(await evidenceOf(prisma, hemu, lapas)).toEqual({ slugs: newestTen, datesMatch: true });
    expect(await evidenceOf(prisma, lapas, hemu)).toEqual({ slugs: newestTen, datesMatch: true });
    // a pair named in fewer articles than the cap keeps all of them
    expect((await evidenceOf(prisma, mardi, lapas)).slugs).toEqual(["e3", "e2", "e1"]);
    const count = await prisma.coMention.findUniqueOrThrow({
      where: { entityKey_otherKey: { entityKey: hemu, otherKey: lapas } },
    });
    expect(count.articles).toBe(13);
    expect(await keptEvidence(prisma)).toEqual(await evidenceFromMentions(prisma));
  });

  it("refills from the mentions when a kept article leaves the pair, and moves an article that changes date", async () => {
    const prisma = fixture.store.prisma;
    // e13 written again without Lapas Pati: the eleventh newest (e3) comes back in
    await write(spec(13, { institutions: ["rutan-demak"] }));
    expect((await evidenceOf(prisma, hemu, lapas)).slugs).toEqual([
      "e12",
      "e11",
      "e10",
      "e9",
      "e8",
      "e7",
      "e6",
      "e5",
      "e4",
      "e3",
    ]);
    // e1 (too old to be kept) written again dated after all others: it comes first
    await write(spec(1, { publishedAt: "2025-04-01T10:00:00+07:00" }));
    const moved = await evidenceOf(prisma, hemu, lapas);
    expect(moved.slugs.slice(0, 2)).toEqual(["e1", "e12"]);
    expect(moved.slugs).toHaveLength(10);
    expect(moved.datesMatch).toBe(true);
    // e12 (kept) written again dated before all others: it leaves the kept ten, e2 comes back
    await write(spec(12, { publishedAt: "2025-02-01T10:00:00+07:00" }));
    expect((await evidenceOf(prisma, hemu, lapas)).slugs).toEqual([
      "e1",
      "e11",
      "e10",
      "e9",
      "e8",
      "e7",
      "e6",
      "e5",
      "e4",
      "e3",
    ]);
    expect((await evidenceOf(prisma, mardi, lapas)).slugs).toEqual(["e1", "e3", "e2"]);
    // the pair e13 now belongs to, and every other pair, as the mentions say
    expect((await evidenceOf(prisma, hemu, await keyOf(prisma, "Institution", "Rutan Demak"))).slugs).toEqual(["e13"]);
    expect(await keptEvidence(prisma)).toEqual(await evidenceFromMentions(prisma));
  });
});
