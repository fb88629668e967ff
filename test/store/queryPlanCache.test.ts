import { expect, it } from "vitest";
import { queryPlanCacheStats } from "../../src/store/queryPlanCache.ts";
import { describeEachStore } from "../support/stores.ts";

describeEachStore("query plans of repeated reads are kept, their rows are not (issue 11)", (fixture) => {
  it("compiles a repeated read once and still reads the rows written in between", async () => {
    const prisma = fixture.store.prisma;
    const namesOfKeys = () =>
      prisma.apiKey.findMany({ where: { name: { startsWith: "plan-" } }, select: { name: true } });
    expect(await namesOfKeys()).toEqual([]);
    const before = queryPlanCacheStats();
    await prisma.apiKey.create({ data: { name: "plan-a", keyHash: "plan-hash-a", scopes: [] } });
    expect(await namesOfKeys()).toEqual([{ name: "plan-a" }]);
    const after = queryPlanCacheStats();
    // the second findMany reused the first one's plan; the write between them was compiled anew
    expect(after.hits - before.hits).toBe(1);
    await prisma.apiKey.create({ data: { name: "plan-b", keyHash: "plan-hash-b", scopes: [] } });
    expect(queryPlanCacheStats().hits).toBe(after.hits);
    expect((await namesOfKeys()).map((key) => key.name).sort()).toEqual(["plan-a", "plan-b"]);
  });

  it("keeps a read's plan by its values: another value is another plan", async () => {
    const prisma = fixture.store.prisma;
    const before = queryPlanCacheStats();
    expect(await prisma.apiKey.count({ where: { name: "plan-a" } })).toBe(1);
    expect(await prisma.apiKey.count({ where: { name: "plan-c" } })).toBe(0);
    expect(queryPlanCacheStats().misses - before.misses).toBe(2);
  });
});
