import { expect, it } from "vitest";
import { createApiKey } from "../../src/graph/apiKeys.ts";
import { onSqlStatement } from "../../src/store/index.ts";
import { execute } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";
import { type CurationArticle, writeCurationArticles } from "./fixtures.ts";

/** Two nodes for one rutan, each named by `n` articles, each article with its own Petugas at it. */
function twins(n: number): CurationArticle[] {
  return Array.from({ length: n }, (_, i) =>
    ["Rutan Kembar Satu", "Rutan Kembar Dua"].map((name, side) => ({
      slug: `kembar-${n}-${i}-${side}`,
      publishedAt: "2025-01-10T10:00:00+07:00",
      institutions: [{ name: `${name} ${n}` }],
      positions: [[`Petugas Nomor ${n} ${i}`, 0, "Petugas"]] as [string, number, string][],
      products: [[`Kerajinan ${n} ${i}`, 0]] as [string, number][],
    })),
  ).flat();
}

describeEachStore("mergeEntities statements", (fixture) => {
  it("runs as many SQL statements whether the nodes share 1 or 10 positions, products and articles", async () => {
    const key = (await createApiKey(fixture.store.prisma, "statements", ["curate"])).key;
    const counts: number[] = [];
    for (const n of [1, 10]) {
      await writeCurationArticles(fixture.store.prisma, twins(n));
      const idOf = async (name: string) =>
        // biome-ignore lint/suspicious/noExplicitAny: one field read
        ((await execute(`query($n: String) { institution(name: $n) { id } }`, { n: name })).data as any).institution
          .id as string;
      const keep = await idOf(`Rutan Kembar Satu ${n}`);
      const merge = await idOf(`Rutan Kembar Dua ${n}`);
      let statements = 0;
      const stop = onSqlStatement(() => statements++);
      const result = await execute(
        `mutation($k: ID!, $m: ID!) { mergeEntities(keep: $k, merge: $m) { kept { id ... on Institution { people { name } products { name } } } } }`,
        { k: keep, m: merge },
        { apiKey: key },
      );
      stop();
      expect(result.errors).toBeUndefined();
      // every person's two positions (one per twin) became one
      // biome-ignore lint/suspicious/noExplicitAny: one field read
      expect((result.data as any).mergeEntities.kept.people).toHaveLength(n);
      // and every product made by both (one name, two producers) became one
      // biome-ignore lint/suspicious/noExplicitAny: one field read
      expect((result.data as any).mergeEntities.kept.products).toHaveLength(n);
      counts.push(statements);
    }
    expect(counts[1]).toBe(counts[0]);
  }, 120_000);
});
