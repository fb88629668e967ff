// Bundles the CLI and server (src/cli/main.ts) and the extraction worker into dist/cli as
// JavaScript, so `npm start` and bin/wartagraph.js load one file instead of compiling hundreds
// of TypeScript modules through tsx at every start. Runs from `postinstall` (esbuild is a
// dependency, so an install without devDependencies builds too). Packages stay external.
//
// The bundle sits two directories below the repository root, as every source file does
// (src/<dir>/<file>.ts), so the paths the sources resolve from import.meta.url
// ("../../prisma/migrations", "./extractionWorker.mjs" …) name the same files from the bundle.
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
// another folder (a test's) may be given; it must also lie two levels below the root
const SERVER_BUILD_DIR = process.argv[2]
  ? resolve(process.argv[2])
  : fileURLToPath(new URL("../dist/cli/", import.meta.url));

const started = performance.now();
await build({
  absWorkingDir: root,
  entryPoints: {
    main: "src/cli/main.ts",
    extractionWorker: "src/graph/extractionWorker.mjs",
  },
  outdir: SERVER_BUILD_DIR,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: "linked",
  logLevel: "warning",
});
// bin/wartagraph.js runs the bundle only while no source is newer than this stamp
writeFileSync(join(SERVER_BUILD_DIR, "built-at"), new Date().toISOString());
console.log(`server bundled into ${SERVER_BUILD_DIR} in ${Math.round(performance.now() - started)} ms`);
