import { defineConfig } from "prisma/config";
import { openDriver } from "./src/store/adapters.ts";
import { parseDatabaseUrl } from "./src/store/databaseUrl.ts";

// The Prisma CLI reaches either store through the same driver adapters as the service, with
// the WebAssembly schema engine ("js"): migrations run offline, with Prisma's own bookkeeping.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () =>
    (await openDriver(parseDatabaseUrl(process.env.DATABASE_URL), { role: "prisma", poolSize: 2 })).factory,
});
