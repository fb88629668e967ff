import { beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../../src/graph/apiKeys.ts";
import { writeArticleDraft } from "../../src/graph/index.ts";
import { reextractArticles } from "../../src/graph/reextract.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";
import { seedText } from "../support/drafts.ts";
import { execute } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";
import { curationDraft, LAPAS, RUTAN, RUTAN_TWIN, writeCurationArticles } from "./fixtures.ts";

type Result = Awaited<ReturnType<typeof execute>>;
// biome-ignore lint/suspicious/noExplicitAny: results are checked field by field
const data = (result: Result): any => {
  expect(result.errors).toBeUndefined();
  return result.data;
};
const codeOf = (result: Result) => result.errors?.[0]?.extensions?.code;

const INSTITUTION = `query($id: ID, $name: String) {
  institution(id: $id, name: $name) { id name aliases articles(first: 20) { edges { node { slug } } } }
}`;
const MERGE = `mutation($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge) { kept { id } } }`;
const LOG = `query($first: Int, $after: String) {
  curationLog(first: $first, after: $after) {
    edges { cursor node { action at actor target before after } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const slugsOf = (institution: { articles: { edges: { node: { slug: string } }[] } }) =>
  institution.articles.edges.map((e) => e.node.slug).sort();

describeEachStore("curation", (fixture) => {
  let curator = "";
  let ingestOnly = "";
  let admin = "";
  const asCurator = (doc: string, variables?: Record<string, unknown>) => execute(doc, variables, { apiKey: curator });
  const idOf = async (name: string) => data(await execute(INSTITUTION, { name })).institution?.id as string;
  const personId = async (name: string) =>
    data(await execute(`query($n: String) { person(name: $n) { id } }`, { n: name })).person?.id as string;

  /** "Institution:<database id>", the CoMention key of a global ID */
  const dbKey = (globalId: string) => Buffer.from(globalId, "base64").toString("utf8");
  const coMentionsOf = (globalId: string) =>
    fixture.store.prisma.coMention.count({
      where: { articles: { gt: 0 }, OR: [{ entityKey: dbKey(globalId) }, { otherKey: dbKey(globalId) }] },
    });

  beforeAll(async () => {
    const prisma = fixture.store.prisma;
    curator = (await createApiKey(prisma, "curator-ana", ["curate"])).key;
    ingestOnly = (await createApiKey(prisma, "ingester", ["ingest"])).key;
    admin = (await createApiKey(prisma, "admin", ["admin"])).key;
    await writeCurationArticles(prisma, [
      {
        slug: "a1",
        publishedAt: "2025-01-10T10:00:00+07:00",
        institutions: [RUTAN],
        positions: [["Mardi Santoso", 0, "Kepala Rutan"]],
        quotes: [["Mardi Santoso", "Ketahanan pangan berjalan baik"]],
      },
      {
        slug: "a2",
        publishedAt: "2025-02-10T10:00:00+07:00",
        institutions: [RUTAN_TWIN],
        positions: [["Pak Mardi Santoso", 0, "Kepala Rutan"]],
      },
      {
        slug: "a3",
        publishedAt: "2025-03-10T10:00:00+07:00",
        institutions: [LAPAS],
        positions: [["Budi Santoso", 0, "Kepala Lapas"]],
      },
      {
        slug: "a4",
        publishedAt: "2025-04-10T10:00:00+07:00",
        institutions: [RUTAN],
        positions: [["Budi Santoso", 0, "Petugas"]],
      },
    ]);
  }, 120_000);

  it("refuses every curation mutation without the curate scope and changes nothing", async () => {
    const keep = await idOf("rutan blora");
    const merge = await idOf("rtn blora");
    const before = data(await execute(INSTITUTION, { id: merge })).institution;
    for (const apiKey of [ingestOnly, admin]) {
      const refused = await execute(MERGE, { keep, merge }, { apiKey });
      expect(codeOf(refused)).toBe("FORBIDDEN");
      const alias = await execute(
        `mutation($id: ID!) { addAlias(id: $id, alias: "Rutan Lain") { node { id } } }`,
        {
          id: keep,
        },
        { apiKey },
      );
      expect(codeOf(alias)).toBe("FORBIDDEN");
    }
    expect(codeOf(await execute(MERGE, { keep, merge }))).toBe("UNAUTHENTICATED");
    expect(data(await execute(INSTITUTION, { id: merge })).institution).toEqual(before);
    expect(data(await execute(INSTITUTION, { name: "rutan lain" })).institution).toBeNull();
    expect(data(await execute(LOG, {}, { apiKey: admin })).curationLog.edges).toEqual([]);
    // reading the log needs curate or admin
    expect(codeOf(await execute(LOG, {}, { apiKey: ingestOnly }))).toBe("FORBIDDEN");
  });

  it("refuses unknown and mistyped IDs with BAD_USER_INPUT and a message", async () => {
    const keep = await idOf("rutan blora");
    const ghost = Buffer.from("Institution:00000000-0000-7000-8000-000000000000").toString("base64");
    const unknown = await asCurator(MERGE, { keep, merge: ghost });
    expect(codeOf(unknown)).toBe("BAD_USER_INPUT");
    expect(unknown.errors?.[0]?.message).toContain(`no Institution has the ID ${ghost}`);
    const mixed = await asCurator(MERGE, { keep, merge: await personId("budi santoso") });
    expect(codeOf(mixed)).toBe("BAD_USER_INPUT");
    expect(mixed.errors?.[0]?.message).toContain("one type");
    expect(codeOf(await asCurator(MERGE, { keep, merge: keep }))).toBe("BAD_USER_INPUT");
  });

  describe("mergeEntities", () => {
    let keep = "";
    let merged = "";
    beforeAll(async () => {
      keep = await idOf("rutan blora");
      merged = await idOf("rtn blora");
      expect(keep).not.toEqual(merged);
      expect(await coMentionsOf(merged)).toBeGreaterThan(0);
      const result = data(await asCurator(MERGE, { keep, merge: merged }));
      expect(result.mergeEntities.kept.id).toBe(keep);
    });

    it("leaves one node with the articles and aliases of both, found by either ID and any alias", async () => {
      const kept = data(await execute(INSTITUTION, { id: keep })).institution;
      expect(slugsOf(kept)).toEqual(["a1", "a2", "a4"]);
      expect(kept.aliases).toEqual(expect.arrayContaining(["Rutan Blora", "RTN Blora", "Rumah Tahanan Negara Blora"]));
      expect(data(await execute(INSTITUTION, { id: merged })).institution.id).toBe(keep);
      expect(data(await execute(INSTITUTION, { name: "RTN Blora" })).institution.id).toBe(keep);
      const node = data(await execute(`query($id: ID!) { node(id: $id) { id __typename } }`, { id: merged })).node;
      expect(node).toEqual({ id: keep, __typename: "Institution" });
      const filtered = data(
        await execute(`query($id: ID) { articles(filter: { institution: $id }) { totalCount } }`, { id: merged }),
      );
      expect(filtered.articles.totalCount).toBe(3);
      const count = await fixture.store.prisma.institution.count({ where: { normalizedName: { contains: "blora" } } });
      expect(count).toBe(1);
      // co-mention counts no longer name the merged node; the kept one counts its articles
      expect(await coMentionsOf(merged)).toBe(0);
      const diagonal = await fixture.store.prisma.coMention.findUnique({
        where: { entityKey_otherKey: { entityKey: dbKey(keep), otherKey: dbKey(keep) } },
      });
      expect(diagonal?.articles).toBe(3);
    });

    it("attaches a later article naming the merged alias to the kept node", async () => {
      await writeCurationArticles(fixture.store.prisma, [
        {
          slug: "a5",
          publishedAt: "2025-05-10T10:00:00+07:00",
          institutions: [{ name: "RTN Blora" }],
          positions: [["Sari Wulandari", 0, "Petugas"]],
        },
      ]);
      expect(slugsOf(data(await execute(INSTITUTION, { id: keep })).institution)).toEqual(["a1", "a2", "a4", "a5"]);
    });

    it("merges people and makes colliding positions one, with every report", async () => {
      const mardi = await personId("mardi santoso");
      const pak = await personId("pak mardi santoso");
      const result = data(await asCurator(MERGE, { keep: mardi, merge: pak }));
      expect(result.mergeEntities.kept.id).toBe(mardi);
      const person = data(
        await execute(
          `query($id: ID) { person(id: $id) { id aliases positions { role institution { id } reports { article { slug } } } quotes { text } } }`,
          { id: pak },
        ),
      ).person;
      expect(person.id).toBe(mardi);
      expect(person.aliases).toEqual(expect.arrayContaining(["Mardi Santoso", "Pak Mardi Santoso"]));
      expect(person.positions).toHaveLength(1);
      expect(person.positions[0].institution.id).toBe(keep);
      expect(person.positions[0].reports.map((r: { article: { slug: string } }) => r.article.slug).sort()).toEqual([
        "a1",
        "a2",
      ]);
      expect(person.quotes).toEqual([{ text: "Ketahanan pangan berjalan baik" }]);
    });

    it("announces ENTITY_MERGED in the change feed", async () => {
      const changes = data(
        await execute(
          `{ changes(kinds: [ENTITY_MERGED], first: 10) { edges { node { kind institution { id } person { id } changedFields } } } }`,
        ),
      ).changes.edges.map((e: { node: unknown }) => e.node);
      expect(changes[0]).toMatchObject({ kind: "ENTITY_MERGED", institution: { id: keep } });
      expect(changes[0].changedFields).toContain(`merged:${merged}`);
      expect(changes).toHaveLength(2);
    });

    it("records the merge with who, before and after", async () => {
      const entries = data(await asCurator(LOG, { first: 10 })).curationLog.edges.map((e: { node: unknown }) => e.node);
      const merge = entries.find((e: { target: string }) => e.target === keep);
      expect(merge).toMatchObject({ action: "MERGE", actor: "curator-ana" });
      expect(merge.before.merge).toMatchObject({ id: merged, name: "Rumah Tahanan Negara Blora", articles: 1 });
      expect(merge.before.keep).toMatchObject({ id: keep, articles: 2 });
      expect(merge.after.kept).toMatchObject({ id: keep, articles: 3 });
    });
  });

  describe("aliases, names and parents", () => {
    it("removes an alias and a later ingest does not add it back", async () => {
      const lapas = await idOf("lapas pati");
      const removed = await asCurator(
        `mutation($id: ID!) { removeAlias(id: $id, alias: "lapas pati") { node { ... on Institution { aliases } } } }`,
        { id: lapas },
      );
      expect(data(removed).removeAlias.node.aliases).toEqual(["Lapas Kelas IIA Pati"]);
      // the same article again: the writer finds the node by its name and would add "Lapas Pati" back
      await writeCurationArticles(fixture.store.prisma, [
        {
          slug: "a3",
          publishedAt: "2025-03-10T10:00:00+07:00",
          institutions: [LAPAS],
          positions: [["Budi Santoso", 0, "Kepala Lapas"]],
        },
      ]);
      expect(data(await execute(INSTITUTION, { id: lapas })).institution.aliases).toEqual(["Lapas Kelas IIA Pati"]);
      expect(data(await execute(INSTITUTION, { name: "lapas pati" })).institution).toBeNull();
    });

    it("adds an alias, refuses one that names another node, renames keeping the old name", async () => {
      const lapas = await idOf("lapas kelas iia pati");
      const added = await asCurator(`mutation($id: ID!) { addAlias(id: $id, alias: "LP Pati") { node { id } } }`, {
        id: lapas,
      });
      expect(data(added).addAlias.node.id).toBe(lapas);
      expect(data(await execute(INSTITUTION, { name: "lp pati" })).institution.id).toBe(lapas);
      const taken = await asCurator(`mutation($id: ID!) { addAlias(id: $id, alias: "Rutan Blora") { node { id } } }`, {
        id: lapas,
      });
      expect(codeOf(taken)).toBe("BAD_USER_INPUT");
      expect(taken.errors?.[0]?.message).toContain("already names");
      const renamed = await asCurator(
        `mutation($id: ID!) { renameEntity(id: $id, name: "Lapas Kelas IIA Pati Jawa Tengah") { node { ... on Institution { name aliases } } } }`,
        { id: lapas },
      );
      const node = data(renamed).renameEntity.node;
      expect(node.name).toBe("Lapas Kelas IIA Pati Jawa Tengah");
      expect(node.aliases).toEqual(
        expect.arrayContaining(["Lapas Kelas IIA Pati", "Lapas Kelas IIA Pati Jawa Tengah"]),
      );
    });

    it("sets a parent and refuses a cycle", async () => {
      const lapas = await idOf("lp pati");
      const rutan = await idOf("rutan blora");
      const SET = `mutation($id: ID!, $parent: ID) { setParent(id: $id, parent: $parent) { node { ... on Institution { parent { id } } } } }`;
      expect(data(await asCurator(SET, { id: rutan, parent: lapas })).setParent.node.parent.id).toBe(lapas);
      const cycle = await asCurator(SET, { id: lapas, parent: rutan });
      expect(codeOf(cycle)).toBe("BAD_USER_INPUT");
      expect(cycle.errors?.[0]?.message).toContain("its own ancestor");
      const parentOfLapas = data(
        await execute(`query($id: ID) { institution(id: $id) { parent { id } } }`, { id: lapas }),
      ).institution.parent;
      expect(parentOfLapas).toBeNull();
    });
  });

  it("splits a person: the given articles' mentions, positions and reports move to a new person", async () => {
    const budi = await personId("budi santoso");
    const a4 = data(await execute(`{ article(slug: "a4") { id } }`)).article.id;
    const result = data(
      await asCurator(
        `mutation($id: ID!, $articles: [ID!]!) { splitPerson(id: $id, articles: $articles, name: "Budi Santoso (Blora)") {
          person { id positions { role } articles(first: 10) { edges { node { slug } } } }
          created { id name positions { role reports { article { slug } } } articles(first: 10) { edges { node { slug } } } }
        } }`,
        { id: budi, articles: [a4] },
      ),
    ).splitPerson;
    expect(result.person.id).toBe(budi);
    expect(result.person.positions).toEqual([{ role: "Kepala Lapas" }]);
    expect(result.person.articles.edges.map((e: { node: { slug: string } }) => e.node.slug)).toEqual(["a3"]);
    expect(result.created.name).toBe("Budi Santoso (Blora)");
    expect(result.created.positions).toEqual([{ role: "Petugas", reports: [{ article: { slug: "a4" } }] }]);
    expect(result.created.articles.edges.map((e: { node: { slug: string } }) => e.node.slug)).toEqual(["a4"]);
    // an article that does not report the person is refused
    const a5 = data(await execute(`{ article(slug: "a5") { id } }`)).article.id;
    const stray = await asCurator(
      `mutation($id: ID!, $articles: [ID!]!) { splitPerson(id: $id, articles: $articles) { created { id } } }`,
      { id: budi, articles: [a5] },
    );
    expect(codeOf(stray)).toBe("BAD_USER_INPUT");
  });

  describe("fact decisions", () => {
    const REPORTS = `query($name: String) { person(name: $name) { positions { role reports { factId article { slug } } } quotes { id text } } }`;

    it("keeps a rejected position report rejected when the article is written again, and confirming brings it back", async () => {
      const before = data(await execute(REPORTS, { name: "sari wulandari" })).person;
      const factId = before.positions[0].reports[0].factId;
      const rejected = data(
        await asCurator(`mutation($id: ID!) { rejectFact(id: $id) { decision { status kind fact } } }`, { id: factId }),
      ).rejectFact.decision;
      expect(rejected).toEqual({ status: "REJECTED", kind: "POSITION_REPORT", fact: factId });
      expect(data(await execute(REPORTS, { name: "sari wulandari" })).person.positions).toEqual([]);
      await writeCurationArticles(fixture.store.prisma, [
        {
          slug: "a5",
          publishedAt: "2025-05-10T10:00:00+07:00",
          institutions: [{ name: "RTN Blora" }],
          positions: [["Sari Wulandari", 0, "Petugas"]],
        },
      ]);
      expect(data(await execute(REPORTS, { name: "sari wulandari" })).person.positions).toEqual([]);
      const confirmed = data(
        await asCurator(`mutation($id: ID!) { confirmFact(id: $id) { decision { status } } }`, { id: factId }),
      ).confirmFact.decision;
      expect(confirmed.status).toBe("CONFIRMED");
      const back = data(await execute(REPORTS, { name: "sari wulandari" })).person.positions;
      expect(back).toEqual([{ role: "Petugas", reports: [{ factId, article: { slug: "a5" } }] }]);
      const log = data(await asCurator(LOG, { first: 2 })).curationLog.edges.map((e: { node: unknown }) => e.node);
      expect(log.map((e: { action: string }) => e.action)).toEqual(["CONFIRM_FACT", "REJECT_FACT"]);
      expect(log[1]).toMatchObject({ target: factId, before: { status: null }, after: { status: "REJECTED" } });
    });

    it("keeps a rejected quote rejected through re-extraction", async () => {
      const prisma = fixture.store.prisma;
      await writeArticleDraft(prisma, parseArticleDraft(extractArticle(seedText())));
      const quote = await prisma.quote.findFirstOrThrow({
        where: { article: { extractorVersion: { not: "test" } } },
        select: { id: true, text: true, articleId: true },
      });
      const quoteId = Buffer.from(`Quote:${quote.id}`).toString("base64");
      expect(
        codeOf(await asCurator(`mutation($id: ID!) { rejectFact(id: $id) { decision { status } } }`, { id: quoteId })),
      ).toBeUndefined();
      const count = () => prisma.quote.count({ where: { articleId: quote.articleId, text: quote.text } });
      expect(await count()).toBe(0);
      const result = await reextractArticles(prisma, { all: true });
      // the hand-made drafts have no text an extractor reads back; the seed article is read again
      expect(result.failures.map((f) => f.articleId)).not.toContain(quote.articleId);
      expect(result.reextracted).toBe(1);
      expect(await count()).toBe(0);
      // the article's other facts are written again
      expect(await prisma.positionReport.count({ where: { articleId: quote.articleId } })).toBeGreaterThan(0);
    });

    it("refuses an ID that is not a fact", async () => {
      const refused = await asCurator(`mutation($id: ID!) { rejectFact(id: $id) { decision { status } } }`, {
        id: await idOf("rutan blora"),
      });
      expect(codeOf(refused)).toBe("BAD_USER_INPUT");
    });
  });

  describe("places and refusals", () => {
    const PLACE = `query($id: ID!) { node(id: $id) { id __typename ... on Place { name aliases } } }`;
    const placeId = async (slug: string) =>
      data(await execute(`query($s: String) { article(slug: $s) { places { id } } }`, { s: slug })).article.places[0]
        .id as string;
    beforeAll(async () => {
      await writeCurationArticles(fixture.store.prisma, [
        {
          slug: "p1",
          publishedAt: "2025-06-01T10:00:00+07:00",
          institutions: [],
          positions: [],
          places: [{ name: "Kabupaten Grobogan", aliases: ["Grobogan"] }],
        },
        {
          slug: "p2",
          publishedAt: "2025-06-02T10:00:00+07:00",
          institutions: [],
          positions: [],
          places: [{ name: "Kab Purwodadi Grobogan", aliases: ["Purwodadi"] }],
        },
        {
          slug: "c1",
          publishedAt: "2025-06-03T10:00:00+07:00",
          institutions: [{ name: "Bapas Kudus" }, { name: "Kanwil Kudus" }, { name: "Ditjen Kudus" }],
          positions: [],
        },
      ]);
    });

    it("merges places: the merged ID and its forms resolve to the kept place, filters included", async () => {
      const keep = await placeId("p1");
      const merge = await placeId("p2");
      expect(data(await asCurator(MERGE, { keep, merge })).mergeEntities.kept.id).toBe(keep);
      const node = data(await execute(PLACE, { id: merge })).node;
      expect(node).toMatchObject({ id: keep, __typename: "Place", name: "Kabupaten Grobogan" });
      expect(node.aliases).toEqual(expect.arrayContaining(["Grobogan", "Purwodadi", "Kab Purwodadi Grobogan"]));
      const count = data(
        await execute(`query($id: ID) { articles(filter: { place: $id }) { totalCount } }`, { id: merge }),
      ).articles.totalCount;
      expect(count).toBe(2);
    });

    it("refuses a merge that would make an institution its own ancestor, and changes nothing", async () => {
      const [bapas, kanwil, ditjen] = [
        await idOf("bapas kudus"),
        await idOf("kanwil kudus"),
        await idOf("ditjen kudus"),
      ];
      const SET = `mutation($id: ID!, $parent: ID) { setParent(id: $id, parent: $parent) { node { id } } }`;
      data(await asCurator(SET, { id: kanwil, parent: ditjen }));
      data(await asCurator(SET, { id: bapas, parent: kanwil }));
      const logBefore = data(await asCurator(LOG, { first: 100 })).curationLog.edges.length;
      // the kanwil (child of the ditjen) would move under the bapas, whose parent is the kanwil
      const refused = await asCurator(MERGE, { keep: bapas, merge: ditjen });
      expect(codeOf(refused)).toBe("BAD_USER_INPUT");
      expect(refused.errors?.[0]?.message).toContain("its own ancestor");
      expect(data(await execute(INSTITUTION, { name: "ditjen kudus" })).institution.id).toBe(ditjen);
      expect(data(await execute(INSTITUTION, { name: "bapas kudus" })).institution.aliases).toEqual(["Bapas Kudus"]);
      expect(data(await asCurator(LOG, { first: 100 })).curationLog.edges.length).toBe(logBefore);
    });

    it("refuses to remove the last alias of a node", async () => {
      const ditjen = await idOf("ditjen kudus");
      const refused = await asCurator(
        `mutation($id: ID!) { removeAlias(id: $id, alias: "Ditjen Kudus") { node { id } } }`,
        { id: ditjen },
      );
      expect(codeOf(refused)).toBe("BAD_USER_INPUT");
      expect(data(await execute(INSTITUTION, { name: "ditjen kudus" })).institution.id).toBe(ditjen);
    });
  });

  it("pages the curation log newest first", async () => {
    const first = data(await asCurator(LOG, { first: 2 })).curationLog;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = data(await asCurator(LOG, { first: 2, after: first.pageInfo.endCursor })).curationLog;
    const at = [...first.edges, ...next.edges].map((e: { node: { at: string } }) => e.node.at);
    expect([...at].sort().reverse()).toEqual(at);
  });
});

// the fixture builder is exercised by the suite; a draft that names what it lists
it("builds drafts whose spans point at the names", () => {
  const draft = curationDraft({
    slug: "x",
    publishedAt: "2025-01-01T00:00:00+07:00",
    institutions: [RUTAN],
    positions: [],
  });
  const institution = draft.institutions?.[0];
  expect(draft.article?.body.slice(institution?.mentions?.[0]?.start, institution?.mentions?.[0]?.end)).toBe(
    RUTAN.name,
  );
});
