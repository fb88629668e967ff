// Bundles the CLI and server (src/cli/main.ts) and the extraction worker into dist/cli as
// JavaScript, so `npm start` and bin/wartagraph.js load one file instead of compiling hundreds
// of TypeScript modules through tsx at every start. Runs from `postinstall` (esbuild is a
// dependency, so an install without devDependencies builds too). Packages stay external.
//
// The bundle sits two directories below the repository root, as every source file does
// (src/<dir>/<file>.ts), so the paths the sources resolve from import.meta.url
// ("../../prisma/migrations", "./extractionWorker.mjs" …) name the same files from the bundle.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
// another folder (a test's) may be given; it must also lie two levels below the root
const SERVER_BUILD_DIR = process.argv[2]
  ? resolve(process.argv[2])
  : fileURLToPath(new URL("../dist/cli/", import.meta.url));

/** Packages the bundle imports at run time instead of carrying (test/cli/bundleImports.test.ts checks what it imports). */
const BUNDLE_EXTERNAL = [
  "@prisma/*", // the query compiler's WASM and the generated client's runtime
  "@electric-sql/pglite", // PostgreSQL in WASM, with its data files
  "pglite-prisma-adapter",
  "pg", // an optional native binding
  "pg-pool",
  "pino", // its transports run in worker threads from their own files
  "piscina", // the extraction threads
  "ws", // optional native helpers
  "ioredis", // reads its own package.json
  "tsx", // the worker registers it to run the TypeScript sources when there is no bundle
  "esbuild", // a binary beside its package
];

/**
 * GraphiQL's page (@graphql-yoga/render-graphiql) is 9 MB of script and style held as string
 * constants: bundled, it was two thirds of the bundle, and Node keeps a module's source and its
 * strings for the life of the process (about 45 MB of a server's memory) whether or not anyone
 * opens GraphiQL. The bundle calls the installed package instead, loading it at the first page.
 */
const loadGraphiqlAtFirstPage = {
  name: "load-graphiql-at-first-page",
  setup(build) {
    build.onResolve({ filter: /^@graphql-yoga\/render-graphiql$/ }, (args) => ({
      path: args.path,
      namespace: "graphiql-at-first-page",
    }));
    build.onLoad({ filter: /.*/, namespace: "graphiql-at-first-page" }, () => ({
      loader: "js",
      resolveDir: root,
      contents: `import { createRequire } from "node:module";
let graphiql;
export function renderGraphiQL(options) {
  graphiql ??= createRequire(import.meta.url)("@graphql-yoga/render-graphiql");
  return graphiql.renderGraphiQL(options);
}`,
    }));
  },
};

/**
 * GraphQL.js ships every module twice, CommonJS (`parser.js`) and ES (`parser.mjs`). Its ES build
 * runs faster in the bundle (server CPU per institution page 1.49 -> 1.18 ms, issue 11), but a
 * bundle must hold ONE copy: yoga, envelop, Pothos and graphql-scalars compare schemas, types and
 * errors with instanceof, and two copies fail that ("Cannot use GraphQLSchema from another module
 * or realm"). So every way of naming graphql, bare or deep (`graphql/language/parser`), imported or
 * required, resolves to the ES module file; test/cli/bundleImports.test.ts counts the copies.
 */
const graphqlAsOneEsModule = {
  name: "graphql-as-one-es-module",
  setup(build) {
    const graphqlRoot = join(root, "node_modules", "graphql");
    build.onResolve({ filter: /^graphql(\/.*)?$/ }, (args) => {
      const subpath = args.path.replace(/^graphql\/?/, "").replace(/\.m?js$/, "");
      if (subpath === "package.json") return undefined;
      const base = join(graphqlRoot, subpath || "index");
      for (const candidate of [`${base}.mjs`, join(base, "index.mjs")]) {
        if (existsSync(candidate)) return { path: candidate };
      }
      return { errors: [{ text: `no ES module of ${args.path} in ${graphqlRoot}` }] };
    });
  },
};

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
  // Packages are bundled too: Node 20 resolves, reads and links every ESM file of every package
  // one by one at start (most of a second on a loaded machine), and has no compile cache. Left
  // external: what finds its own files (WASM, workers, binaries) beside its code, and what the
  // main thread and the worker must share with tsx.
  external: BUNDLE_EXTERNAL,
  // the CommonJS packages bundled into this ES module still call require() for Node's builtins
  banner: {
    js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);",
  },
  plugins: [loadGraphiqlAtFirstPage, graphqlAsOneEsModule],
  sourcemap: "linked",
  logLevel: "warning",
});
// esbuild escapes what is not ASCII in strings but leaves it in comments and regular expressions
// (Indonesian quotes and dashes). One such character makes V8 hold the whole module source, kept
// for the life of the process, as two bytes a character: escaped as \uXXXX (the same character in
// a regular expression, with or without the u flag, and harmless in a comment) it is one byte a
// character. After a backslash the escape would mean something else, so such a file stays as it is.
for (const file of ["main.mjs", "extractionWorker.mjs"]) {
  const path = join(SERVER_BUILD_DIR, file);
  const code = readFileSync(path, "utf8");
  if (/\\[^\0-\x7f]/.test(code)) continue;
  const ascii = code.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  if (ascii !== code) writeFileSync(path, ascii);
}
// bin/wartagraph.js runs the bundle only while no source is newer than this stamp
writeFileSync(join(SERVER_BUILD_DIR, "built-at"), new Date().toISOString());
console.log(`server bundled into ${SERVER_BUILD_DIR} in ${Math.round(performance.now() - started)} ms`);
