import { createPubSub } from "graphql-yoga";
import { pino } from "pino";
import { beforeAll, expect, it } from "vitest";
import { createApiKey, seedEmptyStore } from "../../src/graph/index.ts";
import { createMetrics } from "../../src/server/metrics.ts";
import { createWartagraphYoga } from "../../src/server/yoga.ts";
import { graphql } from "../generated/index.ts";
import { seedText as readSeedText } from "../support/drafts.ts";
import { execute, query, testYoga } from "../support/graphql.ts";
import { describeEachStore, testStore } from "../support/stores.ts";

const IngestArticle = graphql(/* GraphQL */ `
  mutation IngestArticle($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      created
      article { id title url people { name } institutions { name } }
    }
  }
`);

const AppearsWith = graphql(/* GraphQL */ `
  query AppearsWith($name: String!) {
    person(name: $name) {
      appearsWith { person { name positions { title } } sharedArticles }
    }
  }
`);

const seedText = readSeedText();

describeEachStore("the HTTP service", (fixture) => {
  let ingestKey = "";
  let readOnlyKey = "";

  beforeAll(async () => {
    await seedEmptyStore(fixture.store.prisma);
    ingestKey = (await createApiKey(fixture.store.prisma, "newsroom", ["ingest"])).key;
    readOnlyKey = (await createApiKey(fixture.store.prisma, "reader", [])).key;
  });

  it("answers /health and serves GraphiQL with the example operations", async () => {
    expect((await testYoga().fetch("http://wartagraph.test/health")).status).toBe(200);
    const page = await testYoga().fetch("http://wartagraph.test/graphql", { headers: { accept: "text/html" } });
    const html = await page.text();
    expect(html).toMatch(/graphiql/i);
    expect(html).toContain("InstitutionPage");
    expect(html).toContain("PersonPage");
  });

  it("counts SQL statements in /metrics", async () => {
    const read = async () => {
      const text = await (await testYoga().fetch("http://wartagraph.test/metrics")).text();
      return Number(/^wartagraph_sql_statements_total (\d+)/m.exec(text)?.[1]);
    };
    const before = await read();
    await query(AppearsWith, { name: "Hemu" });
    expect(await read()).toBeGreaterThan(before);
  });

  it("tells who appears with whom", async () => {
    const data = await query(AppearsWith, { name: "Hemu" });
    expect(data.person?.appearsWith).toEqual([
      {
        person: { name: "Mardi Santoso", positions: [{ title: expect.stringMatching(/^Kepala Kantor Wilayah/) }] },
        sharedArticles: 1,
      },
    ]);
  });

  it("refuses ingest without a key, with an unknown key and with a key that lacks the scope", async () => {
    const input = { text: seedText };
    const anonymous = await execute(IngestArticle, { input });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const unknown = await execute(IngestArticle, { input }, { apiKey: "wg_not-a-key" });
    expect(unknown.status).toBe(401);
    expect(unknown.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const reader = await execute(IngestArticle, { input }, { apiKey: readOnlyKey });
    expect(reader.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(reader.errors?.[0]?.message).toMatch(/"reader" lacks the scope/);
  });

  it("ingests article text with an ingest key, idempotently", async () => {
    const { prisma } = fixture.store;
    const input = { text: seedText, url: "https://demak.wartawan.org/berita/tinjau-rutan-blora" };
    const first = await execute(IngestArticle, { input }, { apiKey: ingestKey });
    expect(first.errors).toBeUndefined();
    expect(first.data?.ingestArticle.article.url).toBe(input.url);
    expect(first.data?.ingestArticle.article.people.map((p) => p.name).sort()).toEqual(["Hemu", "Mardi Santoso"]);
    const count = await prisma.article.count();
    const again = await execute(IngestArticle, { input }, { apiKey: ingestKey });
    expect(again.data?.ingestArticle.created).toBe(false);
    expect(await prisma.article.count()).toBe(count);
    // the extractor's nodes are the seed's nodes: no second Rutan Blora
    expect(await prisma.institution.count({ where: { aliases: { some: { normalized: "rutan blora" } } } })).toBe(1);
  });

  it("rejects bad input with a clear error and changes nothing", async () => {
    const { prisma } = fixture.store;
    const before = await prisma.article.count();
    for (const text of ["", "   \n\n  ", "\u0000\u0001\u0002\u0003binary"]) {
      const result = await execute(IngestArticle, { input: { text } }, { apiKey: ingestKey });
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0]?.message.length).toBeGreaterThan(5);
    }
    const badUrl = await execute(IngestArticle, { input: { text: seedText, url: "not a url" } }, { apiKey: ingestKey });
    expect(badUrl.errors?.length).toBeGreaterThan(0);
    expect(await prisma.article.count()).toBe(before);
  });

  it("logs one structured line per operation", async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: "info" }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const yoga = createWartagraphYoga({ logger, metrics: createMetrics(), pubsub: createPubSub(), store: testStore });
    await yoga.fetch("http://wartagraph.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: 'query WhoIsHemu { person(name: "Hemu") { name } }' }),
    });
    expect(lines).toContainEqual(
      expect.objectContaining({ msg: "graphql operation", operation: "WhoIsHemu", errors: 0, ms: expect.any(Number) }),
    );
  });

  it("refuses queries that would make the server do unbounded work", async () => {
    const deep = `{ institution(name: "rutan blora") { ${"parent { ".repeat(14)} name ${"} ".repeat(14)} } }`;
    const tooDeep = await execute(deep);
    expect(tooDeep.errors?.[0]?.message).toMatch(/depth/i);
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: people(first: 1) { edges { cursor } }`).join(" ");
    const tooWide = await execute(`{ ${aliases} }`);
    expect(tooWide.errors?.[0]?.message).toMatch(/alias/i);
  });
});
