import { readFileSync } from "node:fs";
import { beforeAll, expect, it } from "vitest";
import { writeArticleDraft } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { graphql } from "../generated/index.ts";
import { countStatements, execute, query } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";
import { CO_MENTION_NEWS } from "./coMentionNews.ts";
import { type NewsSpec, newsDraft, writeDrafts } from "./newsroom.ts";

const PersonCoMentioned = graphql(/* GraphQL */ `
  query PersonCoMentioned($name: String!, $kinds: [CoMentionKind!], $first: Int) {
    person(name: $name) {
      coMentioned(kinds: $kinds, first: $first) {
        node {
          __typename
          ... on Person { name }
          ... on Institution { name }
          ... on Place { name }
          ... on Topic { name }
        }
        weight
        score
        pmi
        expected
        nodeArticles
      }
    }
  }
`);

const RelatedInstitutions = graphql(/* GraphQL */ `
  query RelatedInstitutions($name: String!) {
    institution(name: $name) {
      relatedInstitutions { node { ... on Institution { name } } weight score }
    }
  }
`);

const TopicPeople = graphql(/* GraphQL */ `
  query TopicPeople($topic: String!) {
    articles(filter: { topic: $topic }, first: 1) {
      edges { node { topics { name people { node { ... on Person { name } } weight score } } } }
    }
  }
`);

const PeopleWithPartners = graphql(/* GraphQL */ `
  query PeopleWithPartners($first: Int) {
    people(first: $first) {
      edges { node { name coMentioned(first: 5) { node { __typename ... on Person { name } ... on Institution { name } } weight } } }
    }
  }
`);

const names = (rows: readonly { node: object }[]) =>
  rows.map((row) => ("name" in row.node ? String(row.node.name) : "?"));

describeEachStore("co-mentions ranked by significance", (fixture) => {
  beforeAll(async () => {
    await writeDrafts(fixture.store.prisma, CO_MENTION_NEWS.map(newsDraft));
  }, 120_000);

  it("ranks a person's partners by significance, not by count, with the counts behind the score", async () => {
    const data = await query(PersonCoMentioned, { name: "Hemu", kinds: ["INSTITUTION"] });
    const rows = data.person?.coMentioned ?? [];
    expect(names(rows)).toEqual(["Lapas Kelas IIB Pati", "Kanwil Ditjenpas Jawa Tengah"]);
    // by raw count the order would be the other way round
    expect(rows.map((row) => row.weight)).toEqual([3, 4]);
    const [lapas, kanwil] = rows;
    expect(lapas?.score).toBeGreaterThan(1);
    // named in every article: exactly as often with Hemu as chance gives
    expect(kanwil?.score).toBeCloseTo(0, 6);
    expect(kanwil?.pmi).toBeCloseTo(0, 6);
    expect(kanwil?.expected).toBeCloseTo(4, 6);
    expect(kanwil?.nodeArticles).toBe(8);
    expect(lapas?.pmi).toBeCloseTo(Math.log((3 * 8) / (4 * 3)), 6);
  });

  it("keeps only the kinds asked for and leaves out what never appears with the person", async () => {
    const people = await query(PersonCoMentioned, { name: "Hemu", kinds: ["PERSON"] });
    expect(names(people.person?.coMentioned ?? [])).toEqual(["Sari Wulandari", "Mardi Santoso"]);
    expect(people.person?.coMentioned.map((row) => row.weight)).toEqual([2, 1]);
    // Mardi appears with Hemu less often than chance: a negative score
    expect(people.person?.coMentioned[1]?.score).toBeLessThan(0);

    const all = await query(PersonCoMentioned, { name: "Hemu" });
    const kinds = new Set(all.person?.coMentioned.map((row) => row.node.__typename));
    expect(kinds).toEqual(new Set(["Person", "Institution", "Topic"]));
    expect(names(all.person?.coMentioned ?? [])).not.toContain("Rutan Demak");
    expect(names(all.person?.coMentioned ?? [])).not.toContain("Hemu");

    const one = await query(PersonCoMentioned, { name: "Hemu", first: 1 });
    expect(one.person?.coMentioned).toHaveLength(1);
  });

  it("relates institutions and ranks a topic's people", async () => {
    const lapas = await query(RelatedInstitutions, { name: "lapas pati" });
    expect(names(lapas.institution?.relatedInstitutions ?? [])).toEqual(["Kanwil Ditjenpas Jawa Tengah"]);
    const kanwil = await query(RelatedInstitutions, { name: "Kanwil Ditjenpas Jateng" });
    expect(names(kanwil.institution?.relatedInstitutions ?? []).sort()).toEqual([
      "Lapas Kelas IIB Pati",
      "Rutan Demak",
    ]);

    const umkm = await query(TopicPeople, { topic: "UMKM" });
    const topic = umkm.articles.edges[0]?.node.topics.find((t) => t.name === "UMKM");
    expect(names(topic?.people ?? [])).toEqual(["Hemu", "Sari Wulandari"]);
    expect(topic?.people.map((row) => row.weight)).toEqual([3, 2]);
    const food = await query(TopicPeople, { topic: "ketahanan pangan" });
    const foodTopic = food.articles.edges[0]?.node.topics.find((t) => t.name === "ketahanan pangan");
    expect(names(foodTopic?.people ?? [])).toEqual(["Mardi Santoso", "Hemu"]);
  });

  it("answers a list of people in a bounded number of statements, the same for one person as for three", async () => {
    const one = await countStatements(() => query(PeopleWithPartners, { first: 1 }));
    const three = await countStatements(() => query(PeopleWithPartners, { first: 3 }));
    expect(three.result.people.edges).toHaveLength(3);
    expect(three.result.people.edges.every((edge) => edge.node.coMentioned.length > 0)).toBe(true);
    expect(three.statements).toBe(one.statements);
    expect(three.statements).toBeLessThanOrEqual(5);
  });

  it("refuses a page size past the cap as BAD_USER_INPUT", async () => {
    const result = await execute(PersonCoMentioned, { name: "Hemu", first: 101 });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const negative = await execute(PersonCoMentioned, { name: "Hemu", first: -1 });
    expect(negative.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("keeps the counts right when an article is written again with other people, as the migration's backfill computes them", async () => {
    const prisma = fixture.store.prisma;
    const spec = CO_MENTION_NEWS[0] as NewsSpec;
    // a1 again, without Hemu: Hemu and Lapas Pati now share a2 and a3 only
    await writeArticleDraft(prisma, parseArticleDraft(newsDraft({ ...spec, people: ["sari"] })));
    const data = await query(PersonCoMentioned, { name: "Hemu", kinds: ["INSTITUTION"] });
    expect(data.person?.coMentioned.map((row) => row.weight)).toEqual([2, 3]);

    const kept = await prisma.coMention.findMany({
      where: { articles: { gt: 0 } },
      orderBy: [{ entityKey: "asc" }, { otherKey: "asc" }],
    });
    // recompute from scratch with the migrations' own backfill statements: the counts, then the evidence
    const backfill = ["20261202210000_co_mentions", "20261203083000_co_mention_evidence"].flatMap((migration) =>
      readFileSync(new URL(`../../prisma/migrations/${migration}/migration.sql`, import.meta.url), "utf8")
        .split(";")
        .map((statement) => statement.replace(/^\s*--.*$/gm, "").trim())
        .filter((statement) => statement.startsWith("INSERT") || statement.startsWith("UPDATE")),
    );
    expect(backfill).toHaveLength(3);
    await prisma.$executeRawUnsafe(`DELETE FROM "CoMention"`);
    await prisma.$executeRawUnsafe(`DELETE FROM "CoMentionLedger"`);
    for (const statement of backfill) await prisma.$executeRawUnsafe(statement);
    const rebuilt = await prisma.coMention.findMany({ orderBy: [{ entityKey: "asc" }, { otherKey: "asc" }] });
    expect(rebuilt).toEqual(kept);
    expect(kept.length).toBeGreaterThan(20);
    // the writer kept evidence (a1, rewritten, left the pairs it no longer names)
    expect(kept.filter((row) => row.evidence.length > 0).length).toBeGreaterThan(10);
  });
});
