import { readFileSync } from "node:fs";
import { beforeAll, expect, it } from "vitest";
import { confirmFact, mergeEntities, rejectFact, splitPerson } from "../../src/curation/index.ts";
import { writeArticleDraft, writeArticleDrafts } from "../../src/graph/index.ts";
import { type ArticleDraftInput, parseArticleDraft } from "../../src/ingest/draft.ts";
import { type NewsSpec, newsDraft } from "../schema/newsroom.ts";
import { describeEachStore } from "../support/stores.ts";
import { keptRelationCounts, relationCountsFromFacts } from "./graphCounts.ts";

/**
 * The relation counts the writer keeps (src/graph/relationCounts.ts) against the same counts
 * recomputed from the fact tables, after every kind of change that moves a fact: articles written
 * one by one and in a bulk batch, an article written again with other facts, a merge of two
 * people and of two institutions (with a product of one name each), a split, a rejected and a
 * restored fact; and the migration's backfill gives the same counts.
 */

const SIDAK = { key: "sidak", name: "Sidak kamar hunian", host: "rutan-blora", date: "2025-03-01" };

interface Spec extends NewsSpec {
  /** [product name, producing institution] */
  products?: [string, string][];
  /** [group as written, the institution it is] taking part in the article's event */
  groups?: [string, string][];
}

/** A newsroom draft with its products (each named in the body, made by an institution the article names). */
function relationDraft(spec: Spec): ArticleDraftInput {
  const products = spec.products ?? [];
  const groups = spec.groups ?? [];
  const words = [
    spec.words ?? "",
    ...products.map(([name]) => `Produk ${name} dipamerkan.`),
    ...groups.map(([label]) => `Hadir ${label}.`),
  ]
    .join(" ")
    .trim();
  const draft = newsDraft({ ...spec, words: words || undefined });
  const groupParticipants = groups.map(([label, institution]) => {
    const start = draft.article.body.indexOf(`Hadir ${label}`) + "Hadir ".length;
    return { label, institution, role: "PARTICIPANT" as const, provenance: { start, end: start + label.length } };
  });
  return {
    ...draft,
    events: (draft.events ?? []).map((event) => ({ ...event, groupParticipants })),
    products: products.map(([name, producer], index) => {
      const start = draft.article.body.indexOf(`Produk ${name}`) + "Produk ".length;
      return {
        key: `product-${index}`,
        name,
        category: "HANDICRAFT",
        producer,
        mentions: [{ start, end: start + name.length }],
      };
    }),
  };
}

const ARTICLES: Spec[] = [
  {
    slug: "r1",
    publishedAt: "2025-03-01T10:00:00+07:00",
    institutions: ["rutan-blora"],
    people: ["hemu", "mardi"],
    positions: [["hemu", "rutan-blora", "Kepala Rutan"]],
    event: { ...SIDAK, participants: ["hemu", "mardi"] },
    products: [["Batik Blora", "rutan-blora"]],
  },
  {
    // two posts of Hemu at one institution in one article: the pair counts the article once
    slug: "r2",
    publishedAt: "2025-03-02T10:00:00+07:00",
    institutions: ["rutan-blora", "kanwil-jateng"],
    people: ["hemu", "mardi"],
    positions: [
      ["hemu", "rutan-blora", "Kepala Rutan"],
      ["hemu", "rutan-blora", "Plt Kepala"],
      ["mardi", "kanwil-jateng", "Kepala Kantor Wilayah"],
    ],
    event: { ...SIDAK, participants: ["hemu"] },
    groups: [["jajaran Kanwil Jateng", "kanwil-jateng"]],
  },
  {
    slug: "r3",
    publishedAt: "2025-03-03T10:00:00+07:00",
    institutions: ["rutan-blora", "kanwil-jateng", "lapas-pati"],
    people: ["mardi", "sari"],
    positions: [
      ["mardi", "kanwil-jateng", "Kepala Kantor Wilayah"],
      ["sari", "lapas-pati", "Kepala Lapas"],
    ],
    products: [["Batik Blora", "rutan-blora"]],
  },
];

/** Sari and Joko (one person written two ways) at Rutan Demak and Lapas Pati, each making a "Kerajinan Rotan". */
const BULK: Spec[] = [
  {
    slug: "b1",
    publishedAt: "2025-04-01T10:00:00+07:00",
    institutions: ["rutan-demak", "lapas-pati"],
    people: ["sari", "joko"],
    positions: [
      ["sari", "rutan-demak", "Kepala Seksi"],
      ["joko", "rutan-demak", "Kepala Seksi"],
    ],
    products: [
      ["Kerajinan Rotan", "rutan-demak"],
      ["Kerajinan Rotan", "lapas-pati"],
    ],
  },
  {
    slug: "b2",
    publishedAt: "2025-04-02T10:00:00+07:00",
    institutions: ["rutan-demak", "rutan-blora"],
    people: ["joko", "hemu"],
    positions: [
      ["joko", "rutan-demak", "Kepala Seksi"],
      ["hemu", "rutan-blora", "Kepala Rutan"],
    ],
    event: { ...SIDAK, participants: ["joko", "hemu"] },
    products: [["Kerajinan Rotan", "rutan-demak"]],
  },
  {
    slug: "b3",
    publishedAt: "2025-04-03T10:00:00+07:00",
    institutions: ["lapas-pati"],
    people: ["sari"],
    positions: [["sari", "lapas-pati", "Kepala Lapas"]],
    products: [["Kerajinan Rotan", "lapas-pati"]],
  },
];

describeEachStore("relation counts kept at write time", (fixture) => {
  const prisma = () => fixture.store.prisma;
  const write = (spec: Spec) => writeArticleDraft(prisma(), parseArticleDraft(relationDraft(spec)));
  const personKey = async (name: string) =>
    `Person:${(await prisma().person.findFirstOrThrow({ where: { name }, select: { id: true } })).id}`;
  const institutionKey = async (name: string) =>
    `Institution:${(await prisma().institution.findFirstOrThrow({ where: { name }, select: { id: true } })).id}`;
  const idOf = (key: string) => key.slice(key.indexOf(":") + 1);
  /** One kept count, read from both ends (they must agree). */
  async function kept(a: string, relation: string, b: string): Promise<number> {
    const counts = await keptRelationCounts(prisma());
    expect(counts[`${b} ${relation} ${a}`]).toBe(counts[`${a} ${relation} ${b}`]);
    return counts[`${a} ${relation} ${b}`] ?? 0;
  }
  const expectCountsAsFacts = async () => {
    const counts = await keptRelationCounts(prisma());
    expect(counts).toEqual(await relationCountsFromFacts(prisma()));
    return counts;
  };

  beforeAll(async () => {
    for (const spec of ARTICLES) await write(spec);
  }, 120_000);

  it("counts each pair's articles as the facts do, one by one", async () => {
    const counts = await expectCountsAsFacts();
    const hemu = await personKey("Hemu");
    const rutan = await institutionKey("Rutan Kelas IIB Blora");
    const event = await prisma().event.findFirstOrThrow({ select: { id: true } });
    const product = await prisma().product.findFirstOrThrow({ where: { name: "Batik Blora" }, select: { id: true } });
    // r1 and r2 (two posts in r2, one article)
    expect(await kept(hemu, "HOLDS_POSITION", rutan)).toBe(2);
    expect(await kept(hemu, "TOOK_PART", `Event:${event.id}`)).toBe(2);
    expect(await kept(await personKey("Mardi Santoso"), "TOOK_PART", `Event:${event.id}`)).toBe(1);
    expect(counts[`Event:${event.id} REPORTED_IN Event:${event.id}`]).toBe(2);
    expect(counts[`Product:${product.id} REPORTED_IN Product:${product.id}`]).toBe(2);
  });

  it("moves the counts when an article is written again with other facts", async () => {
    // r2 again: Hemu no longer holds a post there, Mardi joins the inspection instead of Hemu
    await write({
      ...(ARTICLES[1] as Spec),
      positions: [["mardi", "kanwil-jateng", "Kepala Kantor Wilayah"]],
      event: { ...SIDAK, participants: ["mardi"] },
    });
    await expectCountsAsFacts();
    const event = await prisma().event.findFirstOrThrow({ select: { id: true } });
    expect(await kept(await personKey("Hemu"), "HOLDS_POSITION", await institutionKey("Rutan Kelas IIB Blora"))).toBe(
      1,
    );
    expect(await kept(await personKey("Hemu"), "TOOK_PART", `Event:${event.id}`)).toBe(1);
    expect(await kept(await personKey("Mardi Santoso"), "TOOK_PART", `Event:${event.id}`)).toBe(2);
  });

  it("counts a bulk batch as one by one", async () => {
    const outcomes = await writeArticleDrafts(
      prisma(),
      BULK.map((spec) => parseArticleDraft(relationDraft(spec))),
    );
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    await expectCountsAsFacts();
    expect(await kept(await personKey("Hemu"), "HOLDS_POSITION", await institutionKey("Rutan Kelas IIB Blora"))).toBe(
      2,
    );
    expect(await kept(await personKey("Joko Prasetyo"), "HOLDS_POSITION", await institutionKey("Rutan Demak"))).toBe(2);
  });

  it("recounts after a merge of two people and of two institutions", async () => {
    const joko = await personKey("Joko Prasetyo");
    const sari = await personKey("Sari Wulandari");
    const demak = await institutionKey("Rutan Demak");
    const pati = await institutionKey("Lapas Kelas IIB Pati");
    // Sari into Joko: both held one post at Rutan Demak in b1, so that pair counts b1 and b2
    await mergeEntities(
      prisma(),
      "test",
      { typename: "Person", id: idOf(joko) },
      { typename: "Person", id: idOf(sari) },
    );
    await expectCountsAsFacts();
    expect(await kept(joko, "HOLDS_POSITION", demak)).toBe(2);
    expect(await kept(joko, "HOLDS_POSITION", pati)).toBe(2);
    expect(await kept(sari, "HOLDS_POSITION", demak)).toBe(0);
    // Rutan Demak into Lapas Pati: their two "Kerajinan Rotan" become one, named in b1, b2 and b3
    await mergeEntities(
      prisma(),
      "test",
      { typename: "Institution", id: idOf(pati) },
      { typename: "Institution", id: idOf(demak) },
    );
    const counts = await expectCountsAsFacts();
    expect(await kept(joko, "HOLDS_POSITION", pati)).toBe(4);
    const rotan = await prisma().product.findFirstOrThrow({ where: { name: "Kerajinan Rotan" }, select: { id: true } });
    expect(counts[`Product:${rotan.id} REPORTED_IN Product:${rotan.id}`]).toBe(3);
  });

  it("recounts after a split", async () => {
    const hemu = await personKey("Hemu");
    const rutan = await institutionKey("Rutan Kelas IIB Blora");
    const r1 = await prisma().article.findUniqueOrThrow({ where: { slug: "r1" }, select: { id: true } });
    const { createdId } = await splitPerson(prisma(), "test", { typename: "Person", id: idOf(hemu) }, [r1.id]);
    await expectCountsAsFacts();
    expect(await kept(hemu, "HOLDS_POSITION", rutan)).toBe(1);
    expect(await kept(`Person:${createdId}`, "HOLDS_POSITION", rutan)).toBe(1);
  });

  it("takes a rejected fact out of the counts and a restored one back in", async () => {
    const mardi = await personKey("Mardi Santoso");
    const kanwil = await institutionKey("Kanwil Ditjenpas Jawa Tengah");
    const event = await prisma().event.findFirstOrThrow({ select: { id: true } });
    const r3 = await prisma().article.findUniqueOrThrow({ where: { slug: "r3" }, select: { id: true } });
    const report = await prisma().positionReport.findFirstOrThrow({
      where: { articleId: r3.id, position: { personId: idOf(mardi) } },
      select: { id: true },
    });
    const participation = await prisma().eventParticipant.findFirstOrThrow({
      where: { personId: idOf(mardi) },
      select: { id: true },
    });
    const mention = await prisma().productMention.findFirstOrThrow({
      where: { articleId: r3.id },
      select: { id: true, productId: true },
    });
    const productKey = `Product:${mention.productId}`;
    expect(await kept(mardi, "HOLDS_POSITION", kanwil)).toBe(2);
    expect(await kept(mardi, "TOOK_PART", `Event:${event.id}`)).toBe(2);
    expect(await kept(productKey, "REPORTED_IN", productKey)).toBe(2);

    for (const [typename, id] of [
      ["PositionReport", report.id],
      ["EventParticipant", participation.id],
      ["ProductMention", mention.id],
    ] as const) {
      await rejectFact(prisma(), "test", { typename, id });
    }
    await expectCountsAsFacts();
    expect(await kept(mardi, "HOLDS_POSITION", kanwil)).toBe(1);
    expect(await kept(mardi, "TOOK_PART", `Event:${event.id}`)).toBe(1);
    expect(await kept(productKey, "REPORTED_IN", productKey)).toBe(1);

    await confirmFact(prisma(), "test", { typename: "PositionReport", id: report.id });
    await confirmFact(prisma(), "test", { typename: "ProductMention", id: mention.id });
    await expectCountsAsFacts();
    expect(await kept(mardi, "HOLDS_POSITION", kanwil)).toBe(2);
    expect(await kept(productKey, "REPORTED_IN", productKey)).toBe(2);
  });

  it("gives the counts the migrations' backfills compute, and the writer keeps on from a backfilled ledger", async () => {
    const before = await keptRelationCounts(prisma());
    /** The data statements of a migration, in order (its DDL left out: the tables are there). */
    const backfillOf = (migration: string) =>
      readFileSync(new URL(`../../prisma/migrations/${migration}/migration.sql`, import.meta.url), "utf8")
        .split(";")
        .map((statement) => statement.replace(/^\s*--.*$/gm, "").trim())
        .filter((statement) => statement.startsWith("INSERT") || statement.startsWith("UPDATE"));
    // the first counts people, posts, events and products; the later one adds institutions taking part as a group
    const backfill = [
      ...backfillOf("20261203143000_relation_counts"),
      ...backfillOf("20261205225100_event_group_relation_counts"),
    ];
    expect(backfill).toHaveLength(4);
    await prisma().$executeRawUnsafe(`DELETE FROM "RelationCount"`);
    await prisma().$executeRawUnsafe(`DELETE FROM "RelationCountLedger"`);
    for (const statement of backfill) await prisma().$executeRawUnsafe(statement);
    expect(await keptRelationCounts(prisma())).toEqual(before);
    expect(Object.keys(before).length).toBeGreaterThan(15);

    // r3 again without Mardi's post: taken away from what the backfill counted
    await write({ ...(ARTICLES[2] as Spec), positions: [["sari", "lapas-pati", "Kepala Lapas"]] });
    await expectCountsAsFacts();
    expect(
      await kept(
        await personKey("Mardi Santoso"),
        "HOLDS_POSITION",
        await institutionKey("Kanwil Ditjenpas Jawa Tengah"),
      ),
    ).toBe(1);
  });
});
