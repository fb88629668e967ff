import { describe, expect, it } from "vitest";
import { mergeEntities } from "../../src/curation/merge.ts";
import { collectExportGraph } from "../../src/export/index.ts";
import { writeArticleDrafts } from "../../src/graph/bulkWrite.ts";
import { reextractArticles } from "../../src/graph/reextract.ts";
import { writeArticleDraft } from "../../src/graph/writeArticle.ts";
import { type ArticleDraftInput, parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";
import type { PrismaClient } from "../../src/store/index.ts";
import { seedAsArticle, seedDraft, seedText } from "../support/drafts.ts";
import { countStatements, execute } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";

/** A made-up story: an institution after "dihadiri oleh", a collective, and "para" with a "se-" region. */
const MEETING_TEXT = [
  "Rapat Koordinasi Keamanan Natal di Blora",
  "Senin, 1 Desember 2025",
  "",
  "Bupati Blora, Arief Rohman, memimpin rapat koordinasi keamanan Natal di Pendopo Kabupaten Blora. Rapat dihadiri oleh Polres Blora dan jajaran Forkopimda Kabupaten Blora. Para Kepala Desa se-Kecamatan Cepu turut mendampingi bupati, bersama Kepala Rutan Blora, Hemu.",
].join("\n");

const groupsOf = (draft: ArticleDraftInput) =>
  (draft.events?.[0]?.groupParticipants ?? []).map((g) => `${g.label}|${g.role}|${g.institution ?? ""}`);

describe("groups and institutions as event participants, read from the text", () => {
  it("reads an institution after an attendance phrase, a collective, and para with a se- region", () => {
    const draft = extractArticle(MEETING_TEXT);
    expect(groupsOf(draft)).toEqual([
      "Polres Blora|PARTICIPANT|polres-blora",
      "jajaran Forkopimda Kabupaten Blora|PARTICIPANT|",
      "Kepala Desa se-Kecamatan Cepu|ACCOMPANYING|",
    ]);
    const group = draft.events?.[0]?.groupParticipants?.[2];
    expect(draft.article?.body.slice(group?.provenance.start, group?.provenance.end)).toBe(
      "Kepala Desa se-Kecamatan Cepu",
    );
  });

  it("takes a person after bersama for a person, not a group, and leaves the host out", () => {
    const draft = extractArticle(
      "Kunjungan Kerja ke Rutan Blora\nSenin, 1 Desember 2025\n\nKakanwil melakukan kunjungan kerja di Rutan Blora bersama Kepala Rutan Demak, Hemu. Kunjungan dihadiri oleh Rutan Blora.",
    );
    expect(groupsOf(draft)).toEqual([]);
  });

  it("takes a quantified place for where, not who, and a group across a region for no one institution", () => {
    const draft = extractArticle(
      "Pameran Kerajinan di Blora\nSenin, 1 Desember 2025\n\nBupati Blora membuka pameran kerajinan dari seluruh Indonesia. Pameran diikuti para Kepala KUA se-Kabupaten Blora.",
    );
    expect(groupsOf(draft)).toEqual(["Kepala KUA se-Kabupaten Blora|PARTICIPANT|"]);
  });

  it("reads the seed's heads of UPTs of the former residency, as the hand-checked seed draft has them", () => {
    const seed = seedDraft();
    const extracted = extractArticle(seedText());
    expect(groupsOf(extracted)).toEqual(groupsOf(seed));
    expect(groupsOf(seed)).toContain("Kepala UPT Pemasyarakatan se-Eks Karesidenan Pati|ACCOMPANYING|");
  });
});

/** The seed under its own url, with one more group: the Rutan Demak staff, linked to that institution. */
function groupDraft(name: string): ArticleDraftInput & { article: { body: string; url?: string } } {
  const draft = seedDraft();
  const body = `${draft.article.body}\n\nJajaran Rutan Demak turut hadir.`;
  const start = body.lastIndexOf("Jajaran Rutan Demak");
  const events = (draft.events ?? []).map((event) => ({
    ...event,
    groupParticipants: [
      ...(event.groupParticipants ?? []),
      {
        label: "Jajaran Rutan Demak",
        institution: "rutan-demak",
        role: "PARTICIPANT" as const,
        provenance: { start, end: start + "Jajaran Rutan Demak".length },
      },
    ],
  }));
  return { ...seedAsArticle("kelompok", name, { body }), events };
}

interface GroupRead {
  article: {
    events: {
      groupParticipants: {
        label: string;
        role: string;
        institution: { name: string } | null;
        article: { url: string };
        provenance: { start: number; end: number; extractor: string };
      }[];
      few: { label: string }[];
    }[];
  } | null;
  institution: {
    eventParticipations: { label: string; role: string; event: { kind: string }; article: { url: string } }[];
  } | null;
}
const GROUP_READ = /* GraphQL */ `
  query GroupParticipantsOf($url: URL!) {
    article(url: $url) {
      events {
        groupParticipants { label role institution { name } article { url } provenance { start end extractor } }
        few: groupParticipants(first: 1) { label }
      }
    }
    institution(name: "rutan demak") { eventParticipations { label role event { kind } article { url } } }
  }
`;
const readGroups = async (url: string) => (await execute<GroupRead, { url: string }>(GROUP_READ, { url })).data;

const groupRows = (prisma: PrismaClient, url: string) =>
  prisma.eventGroupParticipant.findMany({
    where: { article: { url } },
    orderBy: { spanStart: "asc" },
    select: {
      label: true,
      role: true,
      institution: { select: { name: true } },
      event: { select: { name: true } },
      field: true,
      spanStart: true,
      spanEnd: true,
      confidence: true,
      extractor: true,
    },
  });

describeEachStore("Event.groupParticipants and Institution.eventParticipations", (fixture) => {
  it("serves each group with its role, institution, reporting article and span; first caps the list", async () => {
    const { prisma } = fixture.store;
    const draft = groupDraft("satu");
    await writeArticleDraft(prisma, parseArticleDraft(draft));
    const read = await readGroups(draft.article.url as string);
    const [event] = read?.article?.events ?? [];
    expect(event?.groupParticipants.map((g) => [g.label, g.role, g.institution?.name ?? null])).toEqual([
      ["Jajaran Rutan Demak", "PARTICIPANT", "Rutan Demak"],
      ["jajaran UPT se-Eks Karesidenan Pati", "PARTICIPANT", null],
      ["Kepala UPT Pemasyarakatan se-Eks Karesidenan Pati", "ACCOMPANYING", null],
    ]);
    expect(event?.groupParticipants[2]).toMatchObject({
      article: { url: draft.article.url },
      provenance: { start: 26, end: 75, extractor: "test" },
    });
    expect(event?.few).toHaveLength(1);
    expect(read?.institution?.eventParticipations).toEqual([
      {
        label: "Jajaran Rutan Demak",
        role: "PARTICIPANT",
        event: { kind: "INSPECTION" },
        article: { url: draft.article.url },
      },
    ]);
  });

  it("reads the new facts of a page of articles in as many statements for one article as for three", async () => {
    const { prisma } = fixture.store;
    for (const name of ["halaman-1", "halaman-2", "halaman-3"]) {
      const draft = groupDraft(name);
      const said = "Jajaran Rutan Demak turut hadir.";
      const start = draft.article.body.lastIndexOf(said);
      await writeArticleDraft(
        prisma,
        parseArticleDraft({
          ...draft,
          labelledQuotes: [
            { text: said, speakerLabel: "salah seorang warga", provenance: { start, end: start + said.length } },
          ],
        }),
      );
    }
    const page = (first: number) =>
      countStatements(() =>
        execute<{ articles: { edges: unknown[] } }, { first: number }>(
          /* GraphQL */ `
            query NewFactsPage($first: Int) {
              articles(first: $first, filter: { search: "Jajaran Rutan Demak" }) {
                edges { node {
                  publishedDate publishedDatePrecision
                  labelledQuotes { text speakerLabel provenance { start } }
                  events { groupParticipants { label role institution { name eventParticipations { label } } article { url } } }
                } }
              }
            }
          `,
          { first },
        ),
      );
    const one = await page(1);
    const three = await page(3);
    expect(one.result.errors).toBeUndefined();
    expect(three.result.data?.articles.edges).toHaveLength(3);
    expect(three.statements).toBe(one.statements);
  });

  it("writes the same rows in bulk as one by one, and a rewrite replaces them", async () => {
    const { prisma } = fixture.store;
    const bulk = groupDraft("dua");
    const [outcome] = await writeArticleDrafts(prisma, [parseArticleDraft(bulk)]);
    expect(outcome?.ok).toBe(true);
    const one = groupDraft("satu");
    expect(await groupRows(prisma, bulk.article.url as string)).toEqual(
      await groupRows(prisma, one.article.url as string),
    );
    expect(await groupRows(prisma, bulk.article.url as string)).toHaveLength(3);
    // written again without its groups, the article keeps none of them
    const bare = { ...one, events: one.events?.map((e) => ({ ...e, groupParticipants: [] })) };
    await writeArticleDraft(prisma, parseArticleDraft(bare));
    expect(await groupRows(prisma, one.article.url as string)).toEqual([]);
  });

  it("rejects a group naming an unknown institution or a span outside the text, writing nothing", async () => {
    const { prisma } = fixture.store;
    const before = await prisma.eventGroupParticipant.count();
    const draft = groupDraft("buruk");
    const withGroup = (group: object) => ({
      ...draft,
      events: draft.events?.map((e) => ({ ...e, groupParticipants: [group] })),
    });
    expect(() =>
      parseArticleDraft(
        withGroup({ label: "Polres", institution: "polres-x", role: "PARTICIPANT", provenance: { start: 0, end: 5 } }),
      ),
    ).toThrow(/events\.0\.groupParticipants\.0\.institution: unknown institution key "polres-x"/);
    expect(() =>
      parseArticleDraft(withGroup({ label: "Polres", role: "PARTICIPANT", provenance: { start: 0, end: 10_000_000 } })),
    ).toThrow(/events\.0\.groupParticipants\.0\.provenance: span/);
    expect(() =>
      parseArticleDraft(withGroup({ label: "Polres", role: "GUEST", provenance: { start: 0, end: 5 } })),
    ).toThrow(/events\.0\.groupParticipants\.0\.role/);
    expect(await prisma.eventGroupParticipant.count()).toBe(before);
    expect(await prisma.article.count({ where: { url: draft.article.url } })).toBe(0);
  });

  it("re-extraction replaces an article's groups with the ones the extractor reads now", async () => {
    const { prisma } = fixture.store;
    const url = "https://news.example.test/kelompok/rapat";
    const draft = parseArticleDraft(extractArticle(MEETING_TEXT, { url }));
    const stale = draft.events.map((e) => ({
      ...e,
      groupParticipants: [{ ...(e.groupParticipants[1] as (typeof e.groupParticipants)[number]), label: "Forkopimda" }],
    }));
    await writeArticleDraft(prisma, { ...draft, extractorVersion: "rules-0", events: stale });
    expect((await groupRows(prisma, url)).map((g) => g.label)).toEqual(["Forkopimda"]);
    await reextractArticles(prisma);
    expect((await groupRows(prisma, url)).map((g) => [g.label, g.role, g.institution?.name ?? null])).toEqual([
      ["Polres Blora", "PARTICIPANT", "Kepolisian Resor Blora"],
      ["jajaran Forkopimda Kabupaten Blora", "PARTICIPANT", null],
      ["Kepala Desa se-Kecamatan Cepu", "ACCOMPANYING", null],
    ]);
  });

  it("exports an institution's participation as a TOOK_PART_IN edge, and a merge carries it to the kept institution", async () => {
    const { prisma } = fixture.store;
    const graph = await collectExportGraph(prisma, { limits: { maxNodes: 10_000, maxEdges: 100_000 } });
    const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
    const tookPart = graph.edges
      .filter((e) => e.kind === "TOOK_PART_IN" && label.get(e.source) === "Kepolisian Resor Blora")
      .map((e) => e.label);
    expect(tookPart).toEqual(["PARTICIPANT"]);

    const polres = await prisma.institution.findFirstOrThrow({ where: { name: "Kepolisian Resor Blora" } });
    const demak = await prisma.institution.findFirstOrThrow({ where: { name: "Rutan Demak" } });
    const rows = await prisma.eventGroupParticipant.count({ where: { institutionId: polres.id } });
    expect(rows).toBeGreaterThan(0);
    await mergeEntities(
      prisma,
      "test",
      { typename: "Institution", id: demak.id },
      { typename: "Institution", id: polres.id },
    );
    expect(
      await prisma.eventGroupParticipant.count({ where: { institutionId: demak.id, label: "Polres Blora" } }),
    ).toBe(rows);
  });
});
