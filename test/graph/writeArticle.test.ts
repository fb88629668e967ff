import { describe, expect, it } from "vitest";
import { CURATED_EXTRACTOR, contentHashOf, writeArticleDraft } from "../../src/graph/index.ts";
import { DraftValidationError, parseArticleDraft } from "../../src/ingest/draft.ts";
import { seedDraft } from "../support/drafts.ts";
import { countStatements } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";

async function graphCounts(prisma: import("../../src/store/index.ts").PrismaClient) {
  const [articles, people, institutions, places, aliases, quotes, positions, events] = await Promise.all([
    prisma.article.count(),
    prisma.person.count(),
    prisma.institution.count(),
    prisma.place.count(),
    prisma.institutionAlias.count(),
    prisma.quote.count(),
    prisma.positionReport.count(),
    prisma.event.count(),
  ]);
  return { articles, people, institutions, places, aliases, quotes, positions, events };
}

describe("contentHashOf", () => {
  it("ignores whitespace differences and tells different text apart", () => {
    expect(contentHashOf("Judul", "satu  dua\n\ntiga")).toBe(contentHashOf(" Judul ", "satu dua tiga"));
    expect(contentHashOf("Judul", "satu dua")).not.toBe(contentHashOf("Judul", "satu tiga"));
  });
});

describeEachStore("writeArticleDraft", (fixture) => {
  it("writes the seed draft as one linked graph", async () => {
    const { prisma } = fixture.store;
    const result = await writeArticleDraft(prisma, parseArticleDraft(seedDraft()));
    expect(result.created).toBe(true);
    const rutan = await prisma.institution.findFirstOrThrow({
      where: { aliases: { some: { normalized: "rutan blora" } } },
      include: { parent: { include: { parent: true } }, place: true, products: true },
    });
    expect(rutan.name).toBe("Rutan Kelas IIB Blora");
    expect(rutan.parent?.shortName).toBe("Kanwil Ditjenpas Jateng");
    expect(rutan.parent?.parent?.shortName).toBe("Ditjenpas");
    expect(rutan.place?.code).toBe("33.16");
    expect(rutan.products.map((p) => p.category).sort()).toEqual(["CREATIVE", "HANDICRAFT", "PROCESSED_FOOD"]);
    const hemu = await prisma.person.findFirstOrThrow({
      where: { name: "Hemu" },
      include: { positions: { include: { institution: true } }, quotes: { include: { position: true } } },
    });
    expect(hemu.positions.map((p) => [p.role, p.institution?.name])).toEqual([["Kepala Rutan", "Rutan Demak"]]);
    expect(hemu.quotes).toHaveLength(1);
    expect(hemu.quotes[0]?.position?.title).toBe("Kepala Rutan Demak");
    expect(hemu.quotes[0]?.text).toMatch(/^Kami melihat langsung/);
  });

  it("is idempotent: the same draft again updates the article and duplicates nothing", async () => {
    const { prisma } = fixture.store;
    const before = await graphCounts(prisma);
    const again = await writeArticleDraft(prisma, parseArticleDraft(seedDraft()));
    expect(again.created).toBe(false);
    expect(await graphCounts(prisma)).toEqual(before);
  });

  it("finds the article again by url even when its text changed", async () => {
    const { prisma } = fixture.store;
    const draft = seedDraft();
    draft.article.url = "https://demak.wartawan.org/kunjungan-blora";
    const first = await writeArticleDraft(prisma, parseArticleDraft(draft));
    expect(first.created).toBe(false); // same content as the seed: matched by content hash
    draft.article.title = `${draft.article.title}a`;
    const second = await writeArticleDraft(prisma, parseArticleDraft(draft));
    expect(second).toEqual({ articleId: first.articleId, created: false });
    expect(await prisma.article.count()).toBe(1);
    const stored = await prisma.article.findUniqueOrThrow({ where: { id: first.articleId } });
    expect(stored.title.endsWith("Blora")).toBe(true);
  });

  it("resolves names written differently to the existing nodes and keeps the new forms as aliases", async () => {
    const { prisma } = fixture.store;
    const before = await graphCounts(prisma);
    const body = "Kepala RUTAN  BLORA. menerima kunjungan Bapak Mardi  Santoso di Blora.";
    const draft = parseArticleDraft({
      extractorVersion: "test",
      article: { title: "Kunjungan ke Rutan Blora", body, url: "https://news.example.test/kunjungan" },
      institutions: [{ key: "r", name: "RUTAN  BLORA.", type: "RUTAN", aliases: ["Rumah Tahanan Blora"] }],
      people: [{ key: "m", name: "mardi santoso", aliases: ["Bapak Mardi Santoso"] }],
    });
    await writeArticleDraft(prisma, draft);
    const after = await graphCounts(prisma);
    expect(after.institutions).toBe(before.institutions);
    expect(after.people).toBe(before.people);
    expect(after.articles).toBe(before.articles + 1);
    const aliases = await prisma.institutionAlias.findMany({
      where: { institution: { name: "Rutan Kelas IIB Blora" } },
      select: { alias: true },
    });
    expect(aliases.map((a) => a.alias)).toContain("Rumah Tahanan Blora");
    const mardi = await prisma.person.findFirstOrThrow({
      where: { name: "Mardi Santoso" },
      include: { aliases: true },
    });
    expect(mardi.aliases.map((a) => a.alias)).toContain("Bapak Mardi Santoso");
  });

  it("rejects an invalid draft with every problem named, before touching the graph", async () => {
    const { prisma } = fixture.store;
    const before = await graphCounts(prisma);
    const invalid = seedDraft();
    invalid.quotes = [{ text: "x", speaker: "nobody", provenance: { start: 0, end: 99_999 } }];
    let caught: unknown;
    try {
      parseArticleDraft(invalid);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DraftValidationError);
    expect(String(caught)).toMatch(/quotes\.0\.speaker: unknown person key "nobody"/);
    expect(String(caught)).toMatch(/quotes\.0\.provenance: span 0-99999 lies outside the article body/);
    expect(await graphCounts(prisma)).toEqual(before);
  });

  it("writes all or nothing: a failure late in the write leaves no new node behind", async () => {
    const { prisma } = fixture.store;
    const before = await graphCounts(prisma);
    const draft = seedDraft();
    draft.article.url = "https://news.example.test/rusak";
    draft.article.title = "Artikel yang gagal ditulis";
    // PostgreSQL refuses NUL characters in text: the article row fails after the new
    // place, institution and person rows were written in the same transaction
    draft.article.body = `${draft.article.body}\u0000`;
    draft.places = [{ key: "baru", name: "Kabupaten Baru Sekali", kind: "REGENCY" }];
    draft.institutions = [{ key: "lapas", name: "Lapas Baru Sekali", type: "LAPAS" }];
    draft.people = [{ key: "orang", name: "Orang Baru Sekali" }];
    draft.positions = [];
    draft.events = [];
    draft.products = [];
    draft.quotes = [];
    await expect(writeArticleDraft(prisma, parseArticleDraft(draft))).rejects.toThrow();
    expect(await graphCounts(prisma)).toEqual(before);
    expect(await prisma.person.findFirst({ where: { name: "Orang Baru Sekali" } })).toBeNull();
  });

  it("keeps curated facts when an extractor's draft replaces an article's facts", async () => {
    const { prisma } = fixture.store;
    // an article of its own (url and title no other test uses), written first by hand
    const curated = seedDraft();
    curated.article.url = "https://news.example.test/kurasi";
    curated.article.title = `Kurasi: ${curated.article.title}`;
    curated.article.slug = "kurasi-kunjungan-blora";
    expect(curated.extractorVersion).toBe(CURATED_EXTRACTOR);
    const first = await writeArticleDraft(prisma, parseArticleDraft(curated));
    expect(first.created).toBe(true);
    const quotesBy = async (extractor: string) =>
      (await prisma.quote.findMany({ where: { articleId: first.articleId, extractor }, select: { text: true } }))
        .map((q) => q.text)
        .sort();
    const curatedQuotes = await quotesBy(CURATED_EXTRACTOR);
    expect(curatedQuotes.length).toBeGreaterThan(0);

    // an extractor reads the same article (same url) and finds one quote of its own
    const extracted = seedDraft();
    extracted.article = { ...curated.article };
    extracted.extractorVersion = "rules-test";
    const quote = (curated.quotes ?? [])[0];
    if (!quote) throw new Error("the seed draft has a quote");
    extracted.quotes = [{ ...quote, text: "Kutipan dari ekstraktor" }];
    expect(await writeArticleDraft(prisma, parseArticleDraft(extracted))).toEqual({
      articleId: first.articleId,
      created: false,
    });
    expect(await quotesBy(CURATED_EXTRACTOR)).toEqual(curatedQuotes);
    expect(await quotesBy("rules-test")).toEqual(["Kutipan dari ekstraktor"]);

    // its next reading replaces its own facts, and still not the curated ones
    extracted.quotes = [];
    await writeArticleDraft(prisma, parseArticleDraft(extracted));
    expect(await quotesBy("rules-test")).toEqual([]);
    expect(await quotesBy(CURATED_EXTRACTOR)).toEqual(curatedQuotes);
  });
});

describeEachStore("writeArticleDraft and urls", (fixture) => {
  it("keeps an article's url when the same text comes again without one", async () => {
    const { prisma } = fixture.store;
    const withUrl = seedDraft();
    withUrl.article.url = "https://demak.wartawan.org/asli";
    const first = await writeArticleDraft(prisma, parseArticleDraft(withUrl));
    const again = await writeArticleDraft(prisma, parseArticleDraft(seedDraft()));
    expect(again).toEqual({ articleId: first.articleId, created: false });
    expect((await prisma.article.findUniqueOrThrow({ where: { id: first.articleId } })).url).toBe(withUrl.article.url);
  });
});

describeEachStore("places resolved by kind and form", (fixture) => {
  it("keeps a regency and a district of one name apart, and finds each again by its kind", async () => {
    const { prisma } = fixture.store;
    const body = "Camat Blora Baru melapor ke Kabupaten Blora Baru.";
    const first = parseArticleDraft({
      extractorVersion: "test",
      article: { title: "Laporan Camat Blora Baru", body },
      places: [
        { key: "kab", name: "Kabupaten Blora Baru", kind: "REGENCY", aliases: ["Blora Baru"] },
        { key: "kec", name: "Blora Baru", kind: "DISTRICT", parent: "kab" },
      ],
    });
    await writeArticleDraft(prisma, first);
    const named = { aliases: { some: { normalized: "blora baru" } } };
    const places = await prisma.place.findMany({
      where: named,
      select: { id: true, kind: true },
      orderBy: { kind: "asc" },
    });
    expect(places.map((p) => p.kind)).toEqual(["REGENCY", "DISTRICT"]);
    const again = parseArticleDraft({
      extractorVersion: "test",
      article: { title: "Blora Baru lagi", body: "Bupati Blora Baru dan Camat Blora Baru." },
      places: [
        { key: "kab", name: "Blora Baru", kind: "REGENCY", aliases: ["Kab. Blora Baru"] },
        { key: "kec", name: "Kecamatan Blora Baru", kind: "DISTRICT", aliases: ["Blora Baru"] },
      ],
    });
    await writeArticleDraft(prisma, again);
    const after = await prisma.place.findMany({
      where: named,
      select: { id: true, kind: true, aliases: { select: { normalized: true }, orderBy: { normalized: "asc" } } },
      orderBy: { kind: "asc" },
    });
    expect(after.map((p) => p.id)).toEqual(places.map((p) => p.id));
    expect(after.map((p) => p.aliases.map((a) => a.normalized))).toEqual([
      ["blora baru", "kab blora baru", "kabupaten blora baru"],
      ["blora baru", "kecamatan blora baru"],
    ]);
  });
});

describeEachStore("the statements one article write costs", (fixture, kind) => {
  it("resolves all known entities of a draft in a fixed number of statements", async () => {
    const { prisma } = fixture.store;
    await writeArticleDraft(prisma, parseArticleDraft(seedDraft()));
    const another = seedDraft();
    another.article.url = "https://news.example.test/lagi";
    another.article.title = `${another.article.title} (lagi)`;
    const { result, statements } = await countStatements(() => writeArticleDraft(prisma, parseArticleDraft(another)));
    expect(result.created).toBe(true);
    // lookups are per entity kind, not per entity: 4 places, 4 institutions and 2 people
    // that exist already cost one read per kind and no alias write; facts are written in one
    // insert per kind, and the locks of names and of fact nodes are one statement each
    expect(statements).toBe(WRITE_KNOWN_SEED_STATEMENTS[kind]);
  });
});

/**
 * Measured on both stores (45 and 46 before facts were batched); an N+1 in the writer makes these grow. The PostgreSQL adapter sets
 * the transaction's isolation level with a statement of its own. One more since the seed names its groups of participants
 * (one insert for all of them).
 */
const WRITE_KNOWN_SEED_STATEMENTS = { pglite: 33, postgres: 34 };
