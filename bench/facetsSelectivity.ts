/**
 * Facets over filter selectivity: for filters selecting about 10, 20, … 90% of the kept corpus
 * (published before a quantile of publishedAt), the median time of the counting statement taken
 * each way (counting the selected articles, or the kept totals less the left-out ones), the way
 * the switch picks, and the whole articleFacets request as a client sends it.
 * Run: `npx tsx bench/facetsSelectivity.ts [articles=10000] [rounds=15] [--database=NAME]`; reads
 * the kept corpus database of that size (bench/corpus.ts), never writes it.
 */
import type { ArticleFilterInput } from "../src/schema/articleFilter.ts";
import { COMPLEMENT_FROM_SHARE, countFilteredFacets, type FacetCounting } from "../src/schema/types/Facets.ts";
import { openStore, Prisma } from "../src/store/index.ts";
import { corpusUrl } from "./corpus.ts";
import { benchYoga, graphqlRunner, median, printTable } from "./support.ts";

const flags = process.argv.slice(2).filter((arg) => arg.startsWith("--"));
const [articleArg, roundsArg] = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const articleCount = Number(articleArg ?? 10000);
const rounds = Number(roundsArg ?? 15);
const database = flags.find((flag) => flag.startsWith("--database="))?.slice("--database=".length);
if (!Number.isInteger(articleCount) || articleCount < 2 || !Number.isInteger(rounds) || rounds < 1) {
  console.error("usage: npx tsx bench/facetsSelectivity.ts [articles ≥ 2] [rounds ≥ 1] [--database=NAME]");
  process.exit(2);
}

// the facets the analyst bench asks for (bench/support.ts)
const WANTED = new Set(["total", "institutions", "people", "topics", "months"]);
const FACETS_REQUEST = /* GraphQL */ `query($before: DateTime) { articleFacets(filter: { publishedBefore: $before }) {
  total institutions { node { name } count } people { node { name } count } topics { node { name } count } months { month count } } }`;

const url = database ? corpusUrl(articleCount).replace(/[^/]*$/, database) : corpusUrl(articleCount);
const store = await openStore({ databaseUrl: url, role: "bench", migrate: "always" });
try {
  const everything = await store.prisma.article.count();
  const yoga = benchYoga(store);
  const run = graphqlRunner(yoga);
  const rows: Record<string, string | number>[] = [];
  const fits: { share: number; direct: number; complement: number }[] = [];
  // every 5% from 10 to 90, and just over half and either side of the switch, where the worst
  // case of each switch lies (the dearer way of the two is taken right past the switch)
  const shares = [
    ...Array.from({ length: 17 }, (_, i) => (i + 2) / 20),
    0.5 + 1 / 200,
    COMPLEMENT_FROM_SHARE - 1 / 200,
    COMPLEMENT_FROM_SHARE + 1 / 200,
  ].sort((a, b) => a - b);
  const points = [];
  for (const wantedShare of shares) {
    const [cut] = await store.prisma.$queryRaw<
      { at: Date }[]
    >(Prisma.sql`SELECT a."publishedAt" AS "at" FROM "Article" a
      WHERE a."publishedAt" IS NOT NULL ORDER BY a."publishedAt", a."id" OFFSET ${Math.floor(everything * wantedShare)} LIMIT 1`);
    if (!cut) continue;
    const filter: ArticleFilterInput = { publishedBefore: cut.at };
    const count = (counting: FacetCounting) =>
      countFilteredFacets(filter, WANTED, 10, { prisma: store.prisma }, counting);
    const measure = async (what: "direct" | "complement" | "request") => {
      const t = performance.now();
      if (what === "request") await run(FACETS_REQUEST, { before: cut.at.toISOString() });
      else await count(what);
      return performance.now() - t;
    };
    const auto = await count("auto");
    points.push({
      auto,
      measure,
      timed: { direct: [] as number[], complement: [] as number[], request: [] as number[] },
    });
  }
  // Every round takes every share and both ways in turn, so load from other processes falls on
  // all of them alike instead of on whichever share was being measured at the time.
  for (let i = -1; i < rounds; i++) {
    for (const point of points) {
      for (const what of ["direct", "complement", "request"] as const) {
        const elapsed = await point.measure(what);
        if (i >= 0) point.timed[what].push(elapsed);
      }
    }
  }
  for (const { auto, timed } of points) {
    const total = auto.find((row) => row.facet === "total");
    const [direct, complement, request] = [timed.direct, timed.complement, timed.request].map((values) =>
      Number(median(values).toFixed(1)),
    );
    const share = (total?.count ?? 0) / everything;
    fits.push({ share, direct: direct ?? 0, complement: complement ?? 0 });
    rows.push({
      selected: `${(share * 100).toFixed(1)}%`,
      "direct p50 ms": direct ?? 0,
      "complement p50 ms": complement ?? 0,
      "way at 1/2": share > 0.5 ? "complement" : "direct",
      "p50 at 1/2": (share > 0.5 ? complement : direct) ?? 0,
      [`way at ${COMPLEMENT_FROM_SHARE}`]: String(total?.key),
      [`p50 at ${COMPLEMENT_FROM_SHARE}`]: (total?.key === "complement" ? complement : direct) ?? 0,
      "request p50 ms": request ?? 0,
    });
  }
  await yoga.dispose();
  const worst = (key: string) => Math.max(...rows.map((row) => Number(row[key])));
  rows.push({
    selected: "worst",
    "p50 at 1/2": worst("p50 at 1/2"),
    [`p50 at ${COMPLEMENT_FROM_SHARE}`]: worst(`p50 at ${COMPLEMENT_FROM_SHARE}`),
    "request p50 ms": worst("request p50 ms"),
  });
  printTable(
    `articleFacets by share of ${everything} articles selected (${url.replace(/^.*\//, "")}), counting statement each way and whole request, ${rounds} rounds`,
    rows,
  );
  // Each way costs about a fixed part plus a part per article it counts (direct: the selected
  // ones, complement: the left-out ones), so a straight line over the share fits each; where the
  // lines cross is the share at which the ways cost the same.
  const line = (ys: number[]) => {
    const xs = fits.map((fit) => fit.share);
    const mx = xs.reduce((sum, x) => sum + x, 0) / xs.length;
    const my = ys.reduce((sum, y) => sum + y, 0) / ys.length;
    const slope =
      xs.reduce((sum, x, i) => sum + (x - mx) * ((ys[i] ?? 0) - my), 0) / xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
    return { slope, at0: my - slope * mx };
  };
  const direct = line(fits.map((fit) => fit.direct));
  const complement = line(fits.map((fit) => fit.complement));
  const crossing = (complement.at0 - direct.at0) / (direct.slope - complement.slope);
  console.log(
    `direct ≈ ${direct.at0.toFixed(1)} + ${direct.slope.toFixed(1)} × share ms, complement ≈ ${complement.at0.toFixed(1)} ${complement.slope < 0 ? "−" : "+"} ${Math.abs(complement.slope).toFixed(1)} × share ms: the same at ${(crossing * 100).toFixed(1)}% selected`,
  );
} finally {
  await store.close();
}
