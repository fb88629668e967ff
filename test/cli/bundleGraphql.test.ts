import { execFile } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.ts";
import { createScratchDatabase } from "../support/stores.ts";
import { REPO_ROOT, type RunningServer, startServer } from "./cliHarness.ts";

const run = promisify(execFile);

/**
 * The server bundle carries GraphQL.js as its ES module build (scripts/build-server.mjs), and
 * must carry exactly one copy of it: yoga, envelop, Pothos and graphql-scalars check schemas,
 * types and errors with instanceof, so a second copy would break scalars, error masking and the
 * error codes of the limits while every module still loads. Checked in the built bundle and
 * through a server running it.
 */
describe("GraphQL.js in the server bundle", () => {
  let outDir = "";
  let database: Awaited<ReturnType<typeof createScratchDatabase>> | undefined;
  let server: RunningServer | undefined;

  const post = async (query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(server?.url as string, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        data?: Record<string, unknown> | null;
        errors?: { message: string; extensions?: Record<string, unknown> }[];
      },
    };
  };

  beforeAll(async () => {
    outDir = path.join(REPO_ROOT, "dist", `bundle-graphql-test-${process.pid}`);
    database = await createScratchDatabase("wg_bundle_graphql");
    const store = await openStore({ databaseUrl: database.url, role: "test", migrate: "always" });
    await store.close();
    await run(process.execPath, [path.join(REPO_ROOT, "scripts/build-server.mjs"), outDir]);
    server = await startServer(database.url, path.join(outDir, "main.mjs"));
  }, 120_000);
  afterAll(async () => {
    if (server) expect(await server.stop()).toBe(0);
    await database?.drop();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it("holds one copy of GraphQL.js, its ES modules only", async () => {
    const map = JSON.parse(await readFile(path.join(outDir, "main.mjs.map"), "utf8")) as { sources: string[] };
    const graphqlModules = map.sources.filter((source) => /(^|\/)node_modules\/graphql\//.test(source));
    expect(graphqlModules.length).toBeGreaterThan(50);
    expect(graphqlModules.filter((source) => !source.endsWith(".mjs"))).toEqual([]);
    const main = await readFile(path.join(outDir, "main.mjs"), "utf8");
    // GraphQL.js's own guard against a second copy, written once in its instanceOf
    expect(main.match(/from another module or realm/g)).toHaveLength(1);
  });

  it("parses scalars: a bad URL variable and a bad DateTime literal are the client's errors", async () => {
    const badUrl = await post("query ($url: URL) { article(url: $url) { id } }", { url: "not a url" });
    expect(badUrl.status).toBe(400);
    expect(badUrl.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const goodUrl = await post("query ($url: URL) { article(url: $url) { id } }", {
      url: "https://bundle.example.test/none",
    });
    expect(goodUrl.body).toEqual({ data: { article: null } });
    const badDate = await post(`{ articles(filter: { publishedAfter: "yesterday" }, first: 1) { totalCount } }`);
    expect(badDate.status).toBe(400);
    expect(badDate.body.errors?.[0]?.message).toMatch(/DateTime/);
  });

  it("masks an internal error and keeps the refusals of the limits coded", async () => {
    const tooDeep = await post(
      `{ institutions(first: 1) { edges { node { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } } } } } }`,
    );
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");

    // a column the server's queries name is gone: the database's error must not reach the client
    const admin = new pg.Client({ connectionString: database?.url });
    await admin.connect();
    try {
      await admin.query(`ALTER TABLE "Institution" RENAME COLUMN "name" TO "renamedByTheTest"`);
      const broken = await post("{ institutions(first: 1) { edges { node { name } } } }");
      expect(broken.body.errors?.[0]?.message).toBe("Unexpected error.");
      expect(broken.body.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
      expect(JSON.stringify(broken.body)).not.toMatch(/renamedByTheTest|does not exist|"Institution"/);
    } finally {
      await admin.query(`ALTER TABLE "Institution" RENAME COLUMN "renamedByTheTest" TO "name"`);
      await admin.end();
    }
  });
});
