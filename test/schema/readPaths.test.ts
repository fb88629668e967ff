import { beforeAll, expect, it } from "vitest";
import { seedEmptyStore, writeArticleDraft } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { graphql } from "../generated/index.ts";
import { syntheticDraft } from "../support/drafts.ts";
import { execute, query } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";

const InstitutionByName = graphql(/* GraphQL */ `
  query InstitutionByName($name: String!) {
    institution(name: $name) {
      id
      name
      shortName
      aliases
      type
      parent { name parent { name } children { name } }
      place { name kind code parent { name } }
      people { name }
      events { name date host { name } participants { person { name } role } }
      products { name category producer { name } }
      positions { title person { name } }
    }
  }
`);

const PersonPage = graphql(/* GraphQL */ `
  query PersonPage($name: String!) {
    person(name: $name) {
      id
      name
      aliases
      positions {
        title
        role
        institution { name type }
        firstReportedAt
        lastReportedAt
        reportCount
        reports { title reportedAt article { title } provenance { field start end confidence extractor } }
      }
      quotes { text article { title } position { title } provenance { start end } }
      articles(first: 5) { edges { node { title } } }
      events { name kind date place { name } host { name } participants { person { name } role } topics { name } }
    }
  }
`);

const ArticleFields = graphql(/* GraphQL */ `
  query ArticleFields($first: Int, $after: String, $filter: ArticleFilter) {
    articles(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          title
          slug
          publishedAt
          url
          authors { name }
          source { name domain }
          people { name }
          institutions { name }
          places { name }
          events { name host { name } }
          products { name producer { name } shownAt { name } }
          quotes { text speaker { name } }
          topics { name }
        }
      }
      pageInfo { hasNextPage hasPreviousPage endCursor }
    }
  }
`);

const Lists = graphql(/* GraphQL */ `
  query Lists($search: String, $type: InstitutionType, $first: Int, $after: String) {
    people(search: $search, first: $first, after: $after) {
      edges { cursor node { name } }
      pageInfo { hasNextPage endCursor }
    }
    institutions(search: $search, type: $type, first: $first) {
      edges { node { name type } }
    }
    places(first: 50) { edges { node { name kind } } }
  }
`);

const NodeById = graphql(/* GraphQL */ `
  query NodeById($id: ID!) {
    node(id: $id) {
      id
      __typename
      ... on Person { name }
      ... on Institution { name }
      ... on Article { title }
    }
  }
`);

const ArticleLookup = graphql(/* GraphQL */ `
  query ArticleLookup($id: ID, $slug: String, $url: URL) {
    article(id: $id, slug: $slug, url: $url) { title url }
  }
`);

describeEachStore("the read paths of the public contract", (fixture) => {
  beforeAll(async () => {
    await seedEmptyStore(fixture.store.prisma);
    for (let index = 0; index < 30; index++) {
      await writeArticleDraft(fixture.store.prisma, parseArticleDraft(syntheticDraft(index)));
    }
  }, 300_000);

  it("finds an institution by any alias in any case, with its hierarchy, people, events and products", async () => {
    for (const name of [
      "rutan blora",
      "RUTAN KELAS IIB BLORA",
      "Rumah Tahanan Negara Kelas IIB Blora",
      "rutan  blora.",
    ]) {
      const { institution } = await query(InstitutionByName, { name });
      expect(institution?.name).toBe("Rutan Kelas IIB Blora");
    }
    const { institution } = await query(InstitutionByName, { name: "Rutan Blora" });
    expect(institution?.type).toBe("RUTAN");
    expect(institution?.shortName).toBe("Rutan Blora");
    expect(institution?.aliases).toEqual(expect.arrayContaining(["Rutan Blora", "Rutan Kelas IIB Blora"]));
    expect(institution?.parent?.name).toBe("Kantor Wilayah Direktorat Jenderal Pemasyarakatan Jawa Tengah");
    expect(institution?.parent?.parent?.name).toBe("Direktorat Jenderal Pemasyarakatan");
    expect(institution?.parent?.children.map((c) => c.name).sort()).toEqual(["Rutan Demak", "Rutan Kelas IIB Blora"]);
    expect(institution?.place).toMatchObject({ name: "Kabupaten Blora", kind: "REGENCY", code: "33.16" });
    expect(institution?.place?.parent?.name).toBe("Jawa Tengah");
    expect(institution?.events.map((e) => [e.name.slice(0, 11), e.date, e.host?.name])).toEqual([
      ["Peninjauan ", "2025-11-29", "Rutan Kelas IIB Blora"],
    ]);
    expect(institution?.events[0]?.participants).toEqual(
      expect.arrayContaining([
        { person: { name: "Mardi Santoso" }, role: "LEAD" },
        { person: { name: "Hemu" }, role: "ACCOMPANYING" },
      ]),
    );
    expect(institution?.products.map((p) => p.category).sort()).toEqual(["CREATIVE", "HANDICRAFT", "PROCESSED_FOOD"]);
    // people holding positions there: the reporters of the synthetic articles
    expect(institution?.people.length).toBe(30);
    expect(await query(InstitutionByName, { name: "Rutan Tidak Ada" })).toEqual({ institution: null });
  });

  it("shows a person's positions with provenance, quotes, articles and events", async () => {
    const { person } = await query(PersonPage, { name: "mardi santoso" });
    expect(person?.name).toBe("Mardi Santoso");
    expect(person?.positions).toHaveLength(1);
    const position = person?.positions[0];
    expect(position?.role).toBe("Kepala Kantor Wilayah");
    expect(position?.institution).toEqual({
      name: "Kantor Wilayah Direktorat Jenderal Pemasyarakatan Jawa Tengah",
      type: "KANWIL",
    });
    expect(position?.reports.length).toBeGreaterThanOrEqual(1);
    expect(position?.reports.map((r) => r.provenance.extractor)).toContain("curated");
    // reported by the seed (29 Nov 2025) and by the 30 synthetic articles of 2025
    expect(position?.reportCount).toBe(31);
    const reportDates = position?.reports.map((r) => r.reportedAt).sort() ?? [];
    expect(position?.firstReportedAt).toBe(reportDates[0]);
    expect(position?.lastReportedAt).toBe(reportDates.at(-1));
    expect(position?.lastReportedAt).toBe("2025-11-29T12:36:00.000Z");
    expect(position?.reports.every((r) => r.provenance.field === "body" && r.provenance.end > r.provenance.start)).toBe(
      true,
    );
    expect(person?.articles.edges.length).toBe(5);
    expect(person?.events[0]).toMatchObject({
      kind: "INSPECTION",
      date: "2025-11-29",
      host: { name: "Rutan Kelas IIB Blora" },
    });
    expect(person?.events[0]?.topics.map((t) => t.name).sort()).toEqual(["UMKM", "ketahanan pangan"]);

    const { person: hemu } = await query(PersonPage, { name: "Hemu" });
    expect(hemu?.quotes[0]?.text).toMatch(/^Kami melihat langsung/);
    expect(hemu?.quotes[0]?.position?.title).toBe("Kepala Rutan Demak");
  });

  it("returns every article field of the contract", async () => {
    const data = await query(ArticleFields, { first: 50, filter: { search: "ketahanan pangan" } });
    const seed = data.articles.edges.map((e) => e.node).find((a) => a.authors.length && !a.title.startsWith("Laporan"));
    expect(seed).toBeDefined();
    expect(seed?.authors).toEqual([{ name: "Sri Setyo Lestari" }]);
    expect(seed?.source).toEqual({ name: "WARTAWAN", domain: "demak.wartawan.org" });
    expect(seed?.publishedAt).toBe("2025-11-29T12:36:00.000Z");
    expect(seed?.people.map((p) => p.name).sort()).toEqual(["Hemu", "Mardi Santoso"]);
    expect(seed?.institutions.map((i) => i.name)).toContain("Rutan Kelas IIB Blora");
    expect(seed?.places.map((p) => p.name)).toContain("Jawa Tengah");
    expect(seed?.events[0]?.host?.name).toBe("Rutan Kelas IIB Blora");
    expect(seed?.products[0]?.producer?.name).toBe("Rutan Kelas IIB Blora");
    expect(seed?.products[0]?.shownAt?.name).toMatch(/^Peninjauan/);
    expect(seed?.quotes[0]?.speaker.name).toBe("Hemu");
    expect(seed?.topics.map((t) => t.name)).toEqual(expect.arrayContaining(["ketahanan pangan", "UMKM"]));
  });

  it("pages articles newest first with stable cursors, and caps the page size", async () => {
    const seen: string[] = [];
    let after: string | null | undefined;
    for (;;) {
      const { articles } = await query(ArticleFields, { first: 7, after });
      seen.push(...articles.edges.map((e) => e.node.id));
      if (!articles.pageInfo.hasNextPage) break;
      after = articles.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(31);
    expect(new Set(seen).size).toBe(31);
    const all = await query(ArticleFields, { first: 1000 });
    expect(all.articles.edges).toHaveLength(31); // capped at 100, and there are 31
    const dates = all.articles.edges.map((e) => e.node.publishedAt ?? "");
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(all.articles.edges.map((e) => e.node.id)).toEqual(seen);

    const bad = await execute(ArticleFields, { first: 5, after: "not-a-cursor" });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const negative = await execute(ArticleFields, { first: -1 });
    expect(negative.errors?.[0]?.message).toMatch(/first must not be negative/);
  });

  it("filters articles by institution, person, place, topic, search and date", async () => {
    const { person } = await query(PersonPage, { name: "Petugas Nomor 3" });
    const byPerson = await query(ArticleFields, { filter: { person: person?.id } });
    expect(byPerson.articles.edges.map((e) => e.node.title)).toEqual([expect.stringMatching(/^Laporan 3:/)]);

    const { institution } = await query(InstitutionByName, { name: "Rutan Demak" });
    const byInstitution = await query(ArticleFields, { first: 100, filter: { institution: institution?.id } });
    expect(byInstitution.articles.edges).toHaveLength(31);

    const byTopic = await query(ArticleFields, { first: 100, filter: { topic: "KETAHANAN PANGAN" } });
    expect(byTopic.articles.edges).toHaveLength(31);
    const noTopic = await query(ArticleFields, { filter: { topic: "sepak bola" } });
    expect(noTopic.articles.edges).toHaveLength(0);

    const dated = await query(ArticleFields, {
      first: 100,
      filter: { publishedAfter: "2025-02-01T00:00:00Z", publishedBefore: "2025-03-01T00:00:00Z" },
    });
    expect(dated.articles.edges.length).toBeGreaterThan(0);
    for (const edge of dated.articles.edges) expect(edge.node.publishedAt?.slice(0, 7)).toBe("2025-02");

    const combined = await query(ArticleFields, { filter: { search: "Petugas Nomor 12", person: person?.id } });
    expect(combined.articles.edges).toHaveLength(0);

    const wrongType = await execute(ArticleFields, { filter: { person: institution?.id } });
    expect(wrongType.errors?.[0]?.message).toMatch(/must be the ID of a Person, not of a Institution/);
  });

  it("ranks full-text search results with Indonesian stemming and pages them", async () => {
    // "tahan" is the stem of "ketahanan"; the seed has it in its title (weight A)
    const stemmed = await query(ArticleFields, { first: 3, filter: { search: "tahan pangan" } });
    expect(stemmed.articles.edges).toHaveLength(3);
    expect(stemmed.articles.pageInfo.hasNextPage).toBe(true);
    const rest = await query(ArticleFields, {
      first: 100,
      after: stemmed.articles.pageInfo.endCursor,
      filter: { search: "tahan pangan" },
    });
    const ids = [...stemmed.articles.edges, ...rest.articles.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(31);
    const nothing = await query(ArticleFields, { filter: { search: "kapal selam nuklir" } });
    expect(nothing.articles.edges).toHaveLength(0);
  });

  it("lists people, institutions and places alphabetically with search and type filters", async () => {
    const found = await query(Lists, { search: "HEMU", first: 5 });
    expect(found.people.edges.map((e) => e.node.name)).toEqual(["Hemu"]);
    const rutans = await query(Lists, { type: "RUTAN", first: 10 });
    expect(rutans.institutions.edges.map((e) => e.node.name)).toEqual(["Rutan Demak", "Rutan Kelas IIB Blora"]);
    const page1 = await query(Lists, { first: 10 });
    const page2 = await query(Lists, { first: 10, after: page1.people.pageInfo.endCursor });
    const names = [...page1.people.edges, ...page2.people.edges].map((e) => e.node.name);
    expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    expect(new Set(names).size).toBe(20);
    expect(page1.places.edges.map((e) => e.node.kind)).toEqual(
      expect.arrayContaining(["PROVINCE", "REGENCY", "FORMER_RESIDENCY"]),
    );
  });

  it("resolves global IDs with node() and looks articles up by id, slug or url", async () => {
    const { person } = await query(PersonPage, { name: "Hemu" });
    const node = await query(NodeById, { id: person?.id ?? "" });
    expect(node.node).toMatchObject({ __typename: "Person", name: "Hemu" });
    const byUrl = await query(ArticleLookup, { url: "https://news.example.test/artikel/7" });
    expect(byUrl.article?.title).toMatch(/^Laporan 7:/);
    const articles = await query(ArticleFields, { first: 1 });
    const first = articles.articles.edges[0]?.node;
    expect((await query(ArticleLookup, { slug: first?.slug })).article?.title).toBe(first?.title);
    expect((await query(ArticleLookup, { id: first?.id })).article?.title).toBe(first?.title);
    const both = await execute(ArticleLookup, { slug: "a", url: "https://x.test/" });
    expect(both.errors?.[0]?.message).toBe("give exactly one of id, slug and url");
  });
});
