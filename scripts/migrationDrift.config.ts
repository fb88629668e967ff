import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";

// `prisma migrate diff --from-migrations` replays every migration on a shadow database. PGlite's
// adapter runs each script as one prepared statement, which PostgreSQL refuses for a script of
// many; here the shadow database runs a script whole, as `psql -f` would.
function shadowRunningScripts(pglite: PGlite) {
  const adapter = new PrismaPGlite(pglite);
  return adapter.connect().then(
    (connection) =>
      new Proxy(connection, {
        get(target, property, receiver) {
          if (property === "executeScript") return async (script: string) => void (await pglite.exec(script));
          if (property === "executeRaw" || property === "queryRaw") {
            const original = Reflect.get(target, property, receiver) as (query: {
              sql: string;
              args: unknown[];
            }) => unknown;
            return async (query: { sql: string; args: unknown[] }) => {
              if (query.args.length === 0 && query.sql.includes(";")) {
                await pglite.exec(query.sql);
                return property === "executeRaw" ? 0 : { columnNames: [], columnTypes: [], rows: [] };
              }
              return original.call(target, query);
            };
          }
          return Reflect.get(target, property, receiver);
        },
      }),
  );
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "../prisma/schema.prisma",
  migrations: { path: "../prisma/migrations" },
  adapter: async () => {
    const main = new PrismaPGlite(new PGlite());
    return Object.assign(Object.create(Object.getPrototypeOf(main)), main, {
      connectToShadowDb: () => shadowRunningScripts(new PGlite()),
    });
  },
});
