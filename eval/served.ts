/**
 * Scores the graph as served, the way the hidden check of issue 7 reads it: every gold article's
 * text goes into a fresh embedded store through `wartagraph ingest file.jsonl` (extraction, then
 * resolution across all the articles at once), and each article's facts are then read back
 * through the GraphQL API with `article(url:)`. `npm run eval` scores the extractor's drafts; the
 * difference between the two is what resolution and serving lose or gain: a position the API
 * reports under another article, an institution merged into one of another name.
 *
 *   npm run eval:served [-- --split dev|test] [--beat B] [--verbose]
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createPubSub } from "graphql-yoga";
import { pino } from "pino";
import type { FeedChannels } from "../src/schema/context.ts";
import { createMetrics } from "../src/server/metrics.ts";
import { createWartagraphYoga } from "../src/server/yoga.ts";
import { openStore } from "../src/store/index.ts";
import { evaluate, formatReport, readOptions, type ScoredFacts } from "./score.ts";

const evalDirectory = new URL("./", import.meta.url);
const projectRoot = fileURLToPath(new URL("../", import.meta.url));

/** The fields the hidden check reads (issue 7), and the ids and types scoring needs beside them. */
const ARTICLE_AS_SERVED = `query ArticleAsServed($url: URL!) {
  article(url: $url) {
    publishedDate
    authors { name }
    people { id name aliases positions { title role institution { id name } reports { article { url } } } }
    institutions { id name shortName aliases type parent { name } }
    places { name kind parent { name } }
    quotes { text speaker { id name } }
    products { name category }
  }
}`;

interface ServedArticle {
  publishedDate: string | null;
  authors: { name: string }[];
  people: {
    id: string;
    name: string;
    aliases: string[];
    positions: {
      title: string;
      role: string;
      institution: { id: string; name: string } | null;
      reports: { article: { url: string | null } }[];
    }[];
  }[];
  institutions: { id: string; name: string; shortName: string | null; aliases: string[]; type: string }[];
  places: { name: string; kind: string }[];
  quotes: { text: string; speaker: { id: string; name: string } }[];
  products: { name: string; category: string }[];
}

/** Where each article is served from: the gold's cited url, or one made up when it has none or shares it. */
function articleUrls(directory: URL): Map<string, string> {
  const goldDirectory = new URL("gold/", directory);
  const urls = new Map<string, string>();
  const taken = new Set<string>();
  for (const file of readdirSync(goldDirectory)
    .filter((name) => name.endsWith(".json"))
    .sort()) {
    const id = file.slice(0, -5);
    if (!existsSync(new URL(`articles/${id}.txt`, directory))) continue;
    const gold = JSON.parse(readFileSync(new URL(file, goldDirectory), "utf8")) as { citation?: { url?: string } };
    const cited = gold.citation?.url;
    const url = cited && !taken.has(cited) ? cited : `https://eval.wartagraph.invalid/${id}`;
    taken.add(url);
    urls.set(id, url);
  }
  return urls;
}

/** The facts the API serves for one article, in the shape scoring reads; positions only as this article reports them. */
export function servedFacts(article: ServedArticle, url: string): ScoredFacts {
  const servedUrl = new URL(url).href;
  const institutionsById = new Map(article.institutions.map((institution) => [institution.id, institution]));
  const positionInstitutions = new Map<string, { id: string; name: string }>();
  const positions: ScoredFacts["positions"] = [];
  for (const person of article.people) {
    for (const position of person.positions) {
      if (!position.reports.some((report) => report.article.url === servedUrl)) continue;
      const institution = position.institution;
      // A position's institution is scored by the name the position shows, as the check reads it.
      if (institution && !institutionsById.has(institution.id)) positionInstitutions.set(institution.id, institution);
      positions.push({ person: person.id, role: position.role, institution: institution?.id });
    }
  }
  return {
    article: { publishedAt: article.publishedDate ?? undefined, authors: article.authors },
    people: [
      ...article.people.map(({ id, name, aliases }) => ({ key: id, name, aliases })),
      // a speaker the article's people list leaves out is still named by the quote
      ...article.quotes
        .map((quote) => quote.speaker)
        .filter((speaker) => !article.people.some((person) => person.id === speaker.id))
        .map(({ id, name }) => ({ key: id, name, aliases: [] })),
    ].filter((person, index, all) => all.findIndex((other) => other.key === person.key) === index),
    institutions: article.institutions.map(({ id, name, shortName, aliases, type }) => ({
      key: id,
      name,
      shortName: shortName ?? undefined,
      aliases,
      type,
    })),
    places: article.places.map(({ name, kind }) => ({ name, kind, aliases: [], mentions: [name] })),
    positions,
    positionInstitutions: [...positionInstitutions.values()].map(({ id, name }) => ({ key: id, name, aliases: [] })),
    quotes: article.quotes.map((quote) => ({ speaker: quote.speaker.id, text: quote.text })),
    products: article.products,
  };
}

/** Ingests every gold article into a fresh store with the CLI and reads each back through the API. */
export async function readServedFacts(directory: URL = evalDirectory): Promise<Map<string, ScoredFacts>> {
  const urls = articleUrls(directory);
  const scratch = mkdtempSync(join(tmpdir(), "wartagraph-eval-served-"));
  try {
    const input = join(scratch, "articles.jsonl");
    writeFileSync(
      input,
      [...urls]
        .map(([id, url]) =>
          JSON.stringify({ text: readFileSync(new URL(`articles/${id}.txt`, directory), "utf8"), url }),
        )
        .join("\n"),
    );
    const databaseUrl = `file:${join(scratch, "store")}`;
    execFileSync(process.execPath, [join(projectRoot, "bin", "wartagraph.js"), "ingest", input], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    const store = await openStore({ databaseUrl, role: "eval" });
    try {
      const yoga = createWartagraphYoga({
        logger: pino({ level: "silent" }),
        metrics: createMetrics(),
        pubsub: createPubSub<FeedChannels>(),
        store,
      });
      const facts = new Map<string, ScoredFacts>();
      for (const [id, url] of urls) {
        const response = await yoga.fetch("http://wartagraph.eval/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/json" },
          body: JSON.stringify({ query: ARTICLE_AS_SERVED, variables: { url } }),
        });
        const body = (await response.json()) as { data?: { article: ServedArticle | null }; errors?: unknown[] };
        if (body.errors?.length) throw new Error(`${id}: ${JSON.stringify(body.errors)}`);
        const article = body.data?.article;
        if (article) facts.set(id, servedFacts(article, url));
      }
      return facts;
    } finally {
      await store.close();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export async function main(argv: string[]): Promise<number> {
  const options = readOptions(argv);
  if (!options) return 2;
  const served = await readServedFacts();
  const report = evaluate(options, evalDirectory, (id) => {
    const facts = served.get(id);
    if (!facts) throw new Error("the API serves no article at its url");
    return facts;
  });
  console.log(
    `the graph as served: every gold article ingested with \`wartagraph ingest\`, read back with article(url:)\n`,
  );
  console.log(formatReport(report));
  return report.failures.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = await main(process.argv.slice(2));
