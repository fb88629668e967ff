import { beforeAll, expect, it } from "vitest";
import { writeArticleDraft } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import type { ArticleFilterInput } from "../../src/schema/articleFilter.ts";
import {
  COMPLEMENT_FROM_SHARE,
  countFilteredFacets,
  type FacetCounting,
  type FacetRow,
} from "../../src/schema/types/Facets.ts";
import { countStatements, query } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";
import { Facets } from "./facetsDocument.ts";
import { NEWSROOM, newsDraft, writeDrafts, writeNewsroom } from "./newsroom.ts";

const ALL_FACETS = new Set(["total", "institutions", "people", "places", "topics", "sources", "months"]);

/**
 * The newsroom (test/schema/newsroom.ts: a Mar, b Apr, c May, d Jun) and three more:
 *   e-jul      Jul 5   Rutan Blora + Lapas Pati + Kanwil, Mardi + Sari, Pati   UMKM   WARTAWAN
 *   f-aug      Aug 9   Kanwil, Hemu + Joko, Blora   ketahanan pangan   Jateng Pos   (no "pembinaan")
 *   g-undated  (none)  a copy of d-demak without a date: Rutan Demak, Sari
 * so a filter can select most articles and still leave out some that name the top entities.
 */
const MORE = [
  newsDraft({
    slug: "e-jul",
    publishedAt: "2025-07-05T10:00:00+07:00",
    institutions: ["rutan-blora", "lapas-pati", "kanwil-jateng"],
    people: ["mardi", "sari"],
    places: ["pati"],
    topics: ["UMKM"],
    source: { name: "WARTAWAN", domain: "demak.wartawan.org" },
  }),
  newsDraft({
    slug: "f-aug",
    publishedAt: "2025-08-09T10:00:00+07:00",
    institutions: ["kanwil-jateng"],
    people: ["hemu", "joko"],
    places: ["blora"],
    topics: ["ketahanan pangan"],
    source: { name: "Jateng Pos", domain: "jatengpos.example" },
    words: "Panen sayuran di lahan ketahanan pangan.",
  }),
];

/** Each facet's entries as "key:count" in the order they were listed (count, then key). */
function byFacet(rows: readonly FacetRow[]): Record<string, string[]> {
  const facets: Record<string, string[]> = {};
  for (const row of rows) {
    if (row.facet === "total") continue;
    facets[row.facet] ??= [];
    facets[row.facet]?.push(`${row.key}:${row.count}`);
  }
  const sorted = (entries: string[], facet: string) =>
    [...entries].sort((x, y) => {
      const [xKey, xCount] = [x.slice(0, x.lastIndexOf(":")), Number(x.slice(x.lastIndexOf(":") + 1))];
      const [yKey, yCount] = [y.slice(0, y.lastIndexOf(":")), Number(y.slice(y.lastIndexOf(":") + 1))];
      if (facet === "months") return yKey.localeCompare(xKey);
      return yCount - xCount || (xKey < yKey ? -1 : xKey > yKey ? 1 : 0);
    });
  return Object.fromEntries(Object.entries(facets).map(([facet, entries]) => [facet, sorted(entries, facet)]));
}

const byName = (entries: readonly { node: { name: string }; count: number }[]) =>
  Object.fromEntries(entries.map((entry) => [entry.node.name, entry.count]));

/**
 * A filter that selects most articles is counted from the kept totals less the articles it
 * leaves out; it must give exactly what counting the selected articles gives, capped alike.
 */
describeEachStore("articleFacets of a broad filter, over the articles it leaves out", (fixture) => {
  beforeAll(async () => {
    await writeNewsroom(fixture.store.prisma);
    await writeDrafts(fixture.store.prisma, MORE);
    const undated = newsDraft({ ...(NEWSROOM[3] as (typeof NEWSROOM)[number]), slug: "g-undated" });
    delete (undated.article as { publishedAt?: string }).publishedAt;
    await writeArticleDraft(fixture.store.prisma, parseArticleDraft(undated));
  }, 120_000);

  const count = (filter: ArticleFilterInput, cap: number, counting: FacetCounting) =>
    countFilteredFacets(filter, ALL_FACETS, cap, { prisma: fixture.store.prisma }, counting);

  const filters: [string, ArticleFilterInput, "direct" | "complement"][] = [
    [
      "dated after Mar 20 (5 of 7; leaves out a and the undated g)",
      { publishedAfter: new Date("2025-03-20T00:00:00Z") },
      "complement",
    ],
    // 4 of 7 (57%) is just under the switch, 5 of 7 (71%) the nearest share over it
    ["Rutan Blora or Lapas Pati (4 of 7)", { institutions: ["rutan blora", "lapas pati"], match: "ANY" }, "direct"],
    ["a search (5 of 7)", { search: "pembinaan" }, "complement"],
    [
      "every institution (7 of 7)",
      { institutions: ["rutan blora", "lapas pati", "rutan demak", "kanwil ditjenpas jateng"] },
      "complement",
    ],
    ["Hemu (3 of 7)", { people: ["hemu"] }, "direct"],
    ["nobody (0 of 7)", { people: ["nobody at all"] }, "direct"],
  ];

  it("counts the same over the selected articles and over the ones left out, capped alike", async () => {
    for (const [what, filter] of filters) {
      for (const cap of [1, 2, 10]) {
        const direct = await count(filter, cap, "direct");
        const complement = await count(filter, cap, "complement");
        expect(byFacet(complement), `${what}, first ${cap}`).toEqual(byFacet(direct));
        const total = (rows: FacetRow[]) => rows.find((row) => row.facet === "total")?.count;
        expect(total(complement), what).toBe(total(direct));
      }
    }
  });

  it("leaves out from the kept totals exactly what the filter leaves out", async () => {
    const { articleFacets } = await query(Facets, { filter: { publishedAfter: "2025-03-20T00:00:00Z" } });
    expect(articleFacets.total).toBe(5);
    // a-blora-pati (Rutan Blora, Lapas Pati, Mardi, Blora, UMKM, WARTAWAN, March) and the
    // undated g (Rutan Demak, Sari) are taken away from every total they are in
    expect(byName(articleFacets.institutions)).toEqual({
      "Rutan Kelas IIB Blora": 2,
      "Lapas Kelas IIB Pati": 2,
      "Kanwil Ditjenpas Jawa Tengah": 2,
      "Rutan Demak": 1,
    });
    expect(byName(articleFacets.people)).toEqual({
      Hemu: 3,
      "Mardi Santoso": 2,
      "Sari Wulandari": 2,
      "Joko Prasetyo": 1,
    });
    expect(articleFacets.people[0]?.node.name).toBe("Hemu");
    expect(byName(articleFacets.places)).toEqual({ "Kabupaten Pati": 2, "Kabupaten Blora": 1 });
    expect(byName(articleFacets.topics)).toEqual({ UMKM: 2, "ketahanan pangan": 2 });
    expect(byName(articleFacets.sources)).toEqual({ WARTAWAN: 2, "Jateng Pos": 2 });
    expect(articleFacets.months).toEqual(
      ["2025-04", "2025-05", "2025-06", "2025-07", "2025-08"].map((month) => ({ month, count: 1 })),
    );
    // Hemu stays first at one entry although Mardi's kept total ties with Hemu's before a is taken away
    const top = (await query(Facets, { filter: { publishedAfter: "2025-03-20T00:00:00Z" }, first: 1 })).articleFacets;
    expect(top.people).toEqual([{ node: { name: "Hemu" }, count: 3 }]);
  });

  it("takes the left-out articles when the filter selects more than the switch share, and costs no more statements", async () => {
    // the fixture's nearest shares on either side of the switch: 4 of 7 counts directly, 5 of 7 not
    expect(COMPLEMENT_FROM_SHARE).toBeGreaterThan(4 / 7);
    expect(COMPLEMENT_FROM_SHARE).toBeLessThan(5 / 7);
    for (const [what, filter, way] of filters) {
      const rows = await count(filter, 10, "auto");
      expect(rows.find((row) => row.facet === "total")?.key, what).toBe(way);
    }
    const counted = await countStatements(() => query(Facets, { filter: { publishedAfter: "2025-03-20T00:00:00Z" } }));
    // the counts, then institutions, people, places, topics and sources
    expect(counted.statements).toBe(6);
  });
});
