import fc from "fast-check";
import { createPubSub } from "graphql-yoga";
import { pino } from "pino";
import { beforeAll, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { createApiKey } from "../../src/graph/index.ts";
import { createMetrics } from "../../src/server/metrics.ts";
import { createWartagraphYoga, type WartagraphYoga } from "../../src/server/yoga.ts";
import { describeEachStore, testStore } from "../support/stores.ts";

/**
 * Hostile GraphQL arguments (issue 6: 3, 7): strings with NUL, lone surrogates, 1 MB strings,
 * thousands of words, JSON nested thousands deep, numbers out of every range. Every answer is a
 * correct answer or a coded refusal (never INTERNAL_SERVER_ERROR, never a 5xx, never a crash),
 * and a refused mutation leaves the store as it was.
 */

/** Codes a refusal of the client's input may carry. */
const INPUT_REFUSALS = new Set([
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "QUERY_TOO_COMPLEX",
  "REQUEST_ENTITY_TOO_LARGE",
]);

const ONE_MB = "kata ".repeat(200_000);

/** A string a client might send: printable, binary, with NUL, with a lone surrogate, long, wordy. */
const hostileString = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 })).map(([a, b]) => `${a}\u0000${b}`),
  fc
    .tuple(fc.string({ maxLength: 10 }), fc.integer({ min: 0xd800, max: 0xdfff }), fc.string({ maxLength: 10 }))
    .map(([a, half, b]) => `${a}${String.fromCharCode(half)}${b}`),
  fc.constantFrom(ONE_MB, `${ONE_MB}\u0000`, `\ud800${ONE_MB}`),
  fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1, maxLength: 3000 }).map((words) => words.join(" ")),
  fc.constantFrom('"rutan blora" -lapas or kanwil', "!!!", "%_%", '\'; DROP TABLE "Article"; --', "\\", ""),
);

/** JSON text of a variable's value: a hostile string, an odd number, deep nesting, any JSON. */
const variableJson = fc.oneof(
  { weight: 4, arbitrary: hostileString.map((s) => JSON.stringify(s)) },
  fc.constantFrom("1e400", "-1e400", "1e308", "9007199254740993", "2147483648", "-1", "0.5", "-0", "NaN"),
  fc.integer({ min: 1, max: 20_000 }).map((depth) => `${"[".repeat(depth)}"x"${"]".repeat(depth)}`),
  fc.integer({ min: 1, max: 20_000 }).map((depth) => `${'{"search":'.repeat(depth)}"x"${"}".repeat(depth)}`),
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
);

/** Every argument position of the read API, fed through one variable `$v`. */
const READS = [
  "query($v: String) { article(slug: $v) { id } }",
  "query($v: URL) { article(url: $v) { id } }",
  "query($v: ID) { article(id: $v) { id } }",
  "query($v: ID!) { node(id: $v) { id } }",
  "query($v: String) { articles(filter: { search: $v }, first: 3) { edges { cursor } } }",
  "query($v: String) { articles(filter: { topic: $v }) { edges { cursor } } }",
  "query($v: ID) { articles(filter: { person: $v }) { edges { cursor } } }",
  "query($v: DateTime) { articles(filter: { publishedAfter: $v }) { edges { cursor } } }",
  "query($v: ArticleFilter) { articles(filter: $v) { edges { cursor } } }",
  "query($v: String) { articles(after: $v) { edges { cursor } } }",
  "query($v: Int) { articles(first: $v) { edges { cursor } } }",
  "query($v: String) { person(name: $v) { id } }",
  "query($v: String) { people(search: $v) { edges { cursor } } }",
  "query($v: String) { institution(name: $v) { id } }",
  "query($v: String) { institutions(search: $v) { edges { cursor } } }",
  "query($v: String) { places(search: $v) { edges { cursor } } }",
];

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** The answer must be data, or errors that each carry a code of the client's input; never a 5xx. */
function expectCorrectOrCoded(answer: Answer, request: string) {
  const where = `${answer.status} ${JSON.stringify(answer.body).slice(0, 300)} for ${request.slice(0, 200)}`;
  expect(answer.status, where).toBeLessThan(500);
  if (answer.body.errors) {
    for (const error of answer.body.errors) expect(INPUT_REFUSALS.has(error.extensions?.code ?? ""), where).toBe(true);
  } else {
    expect(answer.body.data, where).toBeDefined();
  }
}

describeEachStore("hostile GraphQL arguments", (fixture) => {
  let yoga: WartagraphYoga;
  let ingestKey = "";

  /** POSTs a request body given as JSON text, as a client would. */
  async function post(body: string, apiKey?: string): Promise<Answer> {
    const response = await yoga.fetch("http://wartagraph.test/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json",
        ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
      },
      body,
    });
    return { status: response.status, body: (await response.json()) as Answer["body"] };
  }

  const rowCounts = async () => {
    const { prisma } = fixture.store;
    return Promise.all([
      prisma.article.count(),
      prisma.person.count(),
      prisma.personAlias.count(),
      prisma.institution.count(),
      prisma.institutionAlias.count(),
      prisma.place.count(),
      prisma.source.count(),
      prisma.articleEvent.count(),
    ]);
  };

  beforeAll(async () => {
    // the rate limits would (rightly) stop a fuzzer; they are not what is tested here
    const config = loadConfig({
      ...process.env,
      WARTAGRAPH_RATE_LIMIT_PER_ADDRESS: "0",
      WARTAGRAPH_RATE_LIMIT_PER_KEY: "0",
    });
    yoga = createWartagraphYoga({
      logger: pino({ level: "silent" }),
      metrics: createMetrics(),
      pubsub: createPubSub(),
      store: testStore,
      config,
    });
    ingestKey = (await createApiKey(fixture.store.prisma, "fuzz-newsroom", ["ingest"])).key;
  });

  it("answers every read with hostile variables correctly or with a coded refusal", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...READS), variableJson, async (query, value) => {
        const body = `{"query":${JSON.stringify(query)},"variables":{"v":${value}}}`;
        expectCorrectOrCoded(await post(body), body);
      }),
      { numRuns: 120 },
    );
  });

  it("answers hostile strings written into the document correctly or with a coded refusal", async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, async (value) => {
        // JSON string syntax is GraphQL string syntax, except for escapes GraphQL refuses (a parse error)
        const query = `{ a: article(slug: ${JSON.stringify(value)}) { id } b: people(search: ${JSON.stringify(value)}) { edges { cursor } } }`;
        expectCorrectOrCoded(await post(JSON.stringify({ query })), query);
      }),
      { numRuns: 60 },
    );
  });

  it("ignores unused variables however deep, and refuses deep ones where a value goes", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const unused = await post(`{"query":"{ __typename }","variables":{"d":${deep}}}`);
    expect(unused.body).toEqual({ data: { __typename: "Query" } });
    const used = await post(`{"query":"query($d: String) { article(slug: $d) { id } }","variables":{"d":${deep}}}`);
    expect(used.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses hostile ingests with a coded error and leaves the store as it was", async () => {
    const mutation = "mutation($v: IngestArticleInput!) { ingestArticle(input: $v) { created } }";
    const hostileInput = fc.record(
      { text: variableJson, url: variableJson, source: variableJson },
      { requiredKeys: ["text"] },
    );
    await fc.assert(
      fc.asyncProperty(hostileInput, async (input) => {
        const fields = Object.entries(input).map(([name, json]) => `"${name}":${json}`);
        const body = `{"query":${JSON.stringify(mutation)},"variables":{"v":{${fields.join(",")}}}}`;
        const before = await rowCounts();
        const answer = await post(body, ingestKey);
        expectCorrectOrCoded(answer, body);
        if (answer.body.errors) expect(await rowCounts(), body.slice(0, 300)).toEqual(before);
      }),
      { numRuns: 40 },
    );
  });
});
