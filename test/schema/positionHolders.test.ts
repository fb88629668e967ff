import { beforeAll, expect, it } from "vitest";
import { graphql } from "../generated/index.ts";
import { query } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";
import { newsDraft, writeDrafts } from "./newsroom.ts";

const Holders = graphql(/* GraphQL */ `
  query Holders($title: String, $at: Date) {
    institution(name: "rutan blora") {
      positionHolders(title: $title, at: $at) { person { name } title role firstReportedAt lastReportedAt }
      positionHistory(title: $title) { person { name } firstReportedAt lastReportedAt }
    }
  }
`);

/** Joko heads Rutan Blora in the January and February reports, Sari from April; Hemu is a Petugas throughout. */
const reports = [
  { slug: "kepala-jan", at: "2025-01-15T10:00:00+07:00", head: "joko" },
  { slug: "kepala-feb", at: "2025-02-20T10:00:00+07:00", head: "joko" },
  { slug: "kepala-apr", at: "2025-04-10T10:00:00+07:00", head: "sari" },
  { slug: "kepala-jun", at: "2025-06-05T10:00:00+07:00", head: "sari" },
].map(({ slug, at, head }) =>
  newsDraft({
    slug,
    publishedAt: at,
    institutions: ["rutan-blora"],
    people: [head, "hemu"],
    positions: [
      [head, "rutan-blora", "Kepala Rutan"],
      ["hemu", "rutan-blora", "Petugas"],
    ],
  }),
);

describeEachStore("Institution.positionHolders and positionHistory", (fixture) => {
  beforeAll(async () => {
    await writeDrafts(fixture.store.prisma, reports);
  }, 120_000);

  const names = (holders: readonly { person: { name: string } }[] | undefined) => holders?.map((h) => h.person.name);

  it("says who held a post on a day, from the dated reports", async () => {
    const march = await query(Holders, { title: "Kepala Rutan", at: "2025-03-01" });
    expect(names(march.institution?.positionHolders)).toEqual(["Joko Prasetyo"]);
    expect(march.institution?.positionHolders[0]).toMatchObject({
      firstReportedAt: "2025-01-15T03:00:00.000Z",
      lastReportedAt: "2025-02-20T03:00:00.000Z",
    });
    const may = await query(Holders, { title: "kepala rutan", at: "2025-05-01" });
    expect(names(may.institution?.positionHolders)).toEqual(["Sari Wulandari"]);
    // on the day of the first report the new holder already counts
    expect(
      names((await query(Holders, { title: "Kepala Rutan", at: "2025-04-10" })).institution?.positionHolders),
    ).toEqual(["Sari Wulandari"]);
    expect((await query(Holders, { title: "Kepala Rutan", at: "2024-12-01" })).institution?.positionHolders).toEqual(
      [],
    );
  });

  it("gives each post its own holder on a day, and the whole history in order", async () => {
    const allPosts = await query(Holders, { at: "2025-03-01" });
    expect(names(allPosts.institution?.positionHolders)?.sort()).toEqual(["Hemu", "Joko Prasetyo"]);
    const history = await query(Holders, { title: "Kepala Rutan" });
    expect(names(history.institution?.positionHistory)).toEqual(["Joko Prasetyo", "Sari Wulandari"]);
    expect(names(history.institution?.positionHolders)).toEqual(["Sari Wulandari", "Joko Prasetyo"]);
    expect(names((await query(Holders, { title: "Petugas Rutan Blora" })).institution?.positionHistory)).toEqual([
      "Hemu",
    ]);
    expect((await query(Holders, { title: "Kalapas" })).institution?.positionHistory).toEqual([]);
  });
});
