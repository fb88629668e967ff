// Preloaded with --import into a server process by test/server/lazyPackages.test.ts: when the
// process exits, writes every CommonJS file it loaded (require.cache, which holds the packages an
// ES module imported too) to the file named by WARTAGRAPH_LOADED_MODULES_OUT.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const cache = createRequire(import.meta.url).cache;
process.on("exit", () => {
  writeFileSync(process.env.WARTAGRAPH_LOADED_MODULES_OUT, JSON.stringify(Object.keys(cache)));
});
