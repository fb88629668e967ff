import { execFile } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "./cliHarness.ts";

const run = promisify(execFile);

/**
 * The bundle `npm start` runs carries its packages (issue 11): Node 20 resolves, reads and links
 * every ES module file of every imported package one by one at start, most of a second of the
 * server's start-up. Only packages that find their own files beside their code (WASM, workers,
 * binaries) stay imports; test/cli/ingestBundle.test.ts runs the same bundle end to end.
 */
const STILL_IMPORTED = new Set([
  "@prisma/client",
  "@prisma/adapter-pg",
  "@electric-sql/pglite",
  "pglite-prisma-adapter",
  "pg",
  "pg-pool",
  "pino",
  "piscina",
  "ws",
  "ioredis",
  "tsx",
  "esbuild",
]);

/** The package a bare import specifier names: `@scope/name` or `name`. */
const packageOf = (specifier: string) =>
  specifier
    .split("/")
    .slice(0, specifier.startsWith("@") ? 2 : 1)
    .join("/");

describe("the server bundle", () => {
  let outDir = "";
  beforeAll(async () => {
    outDir = path.join(REPO_ROOT, "dist", `bundle-imports-test-${process.pid}`);
    await run(process.execPath, [path.join(REPO_ROOT, "scripts/build-server.mjs"), outDir]);
  }, 120_000);
  afterAll(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it("imports only the packages that must stay beside it, and carries GraphQL, yoga and Pothos", async () => {
    for (const file of ["main.mjs", "extractionWorker.mjs"]) {
      const code = await readFile(path.join(outDir, file), "utf8");
      // the bundle's own import statements (one a line), and dynamic imports of a name
      const statements = /^(?:import|export)\b[^;\n]*?\bfrom\s*"([^"]+)"|^import\s*"([^"]+)"|\bimport\("([^"]+)"\)/gm;
      const specifiers = [...code.matchAll(statements)].map((match) => (match[1] ?? match[2] ?? match[3]) as string);
      const packages = new Set(
        specifiers.filter((s) => !s.startsWith(".") && !s.startsWith("node:") && !s.startsWith("/")).map(packageOf),
      );
      for (const name of packages) expect(STILL_IMPORTED.has(name), `${file} imports ${name}`).toBe(true);
    }
    const main = await readFile(path.join(outDir, "main.mjs"), "utf8");
    expect(main).not.toMatch(/from\s*"graphql"/);
    expect(main).toContain("GraphQLSchema");
  });

  it("imports each store's driver packages only when that kind of store is opened", async () => {
    const main = await readFile(path.join(outDir, "main.mjs"), "utf8");
    for (const driverPackage of ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg"]) {
      expect(main, driverPackage).toContain(`import("${driverPackage}")`);
      expect(main, driverPackage).not.toMatch(new RegExp(`^import\\b[^;\\n]*from\\s*"${driverPackage}"`, "m"));
    }
  });

  it("leaves GraphiQL's page out and holds only ASCII, so the server keeps a small source in memory", async () => {
    for (const file of ["main.mjs", "extractionWorker.mjs"]) {
      const code = await readFile(path.join(outDir, file), "utf8");
      // GraphiQL's 9 MB of script and style (Monaco's, among them) come from the installed
      // package at the first page (test/cli/ingestBundle.test.ts serves one from the bundle)
      expect(code.includes("monaco-action-bar"), `${file} carries GraphiQL's page`).toBe(false);
      expect(code.match(/[^\0-\x7f]/g) ?? [], file).toEqual([]);
    }
  });
});
