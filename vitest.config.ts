import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // one graphql module for everyone: Pothos loads its CommonJS build, so the tests must too
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve("graphql") }] },
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/globalSetup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PGlite is single-threaded WASM; a few forks keep memory in check on the 2-core machines
    pool: "forks",
    maxWorkers: 2,
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/generated/**"],
      reporter: ["text-summary", "json-summary"],
    },
  },
});
