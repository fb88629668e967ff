/**
 * Bundles the explorer (src/explore: TypeScript, Cytoscape.js) into dist/explore with Vite, so
 * the server serves it from this machine; no script or style comes from a CDN. Runs from
 * `postinstall`; the browser tests run it first too, so they always test the current source.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const EXPLORE_SOURCE = fileURLToPath(new URL("../src/explore", import.meta.url));
export const EXPLORE_DIST = fileURLToPath(new URL("../dist/explore", import.meta.url));

export async function buildExplorer(): Promise<void> {
  const { build } = await import("vite");
  await build({
    configFile: false,
    root: EXPLORE_SOURCE,
    base: "/explore/",
    logLevel: "warn",
    build: { outDir: EXPLORE_DIST, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // an install without devDependencies has no Vite: the server then says how to build the page
  if (!existsSync(fileURLToPath(new URL("../node_modules/vite/package.json", import.meta.url)))) {
    console.warn("vite is not installed: /explore is not built (npm run build:explore after installing it)");
  } else {
    const started = performance.now();
    await buildExplorer();
    console.log(`built the explorer into dist/explore in ${Math.round(performance.now() - started)} ms`);
  }
}
