import { defineConfig } from "prisma/config";
import { type OpenedDriver, openDriver } from "./src/store/adapters.ts";
import { parseDatabaseUrl } from "./src/store/databaseUrl.ts";

// The CLI asks for the adapter more than once per command; an embedded store must be opened
// (and locked) once per process, so the opened driver is kept.
let driver: Promise<OpenedDriver> | undefined;

// The Prisma CLI reaches either store through the same driver adapters as the service, with
// the WebAssembly schema engine ("js"): migrations run offline, with Prisma's own bookkeeping.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () => {
    driver ??= openDriver(parseDatabaseUrl(process.env.DATABASE_URL), { role: "prisma", poolSize: 2 });
    return (await driver).factory;
  },
});
