// `npm run db:migrate:new -- <name>`: writes the migration from the committed schema
// (git HEAD:prisma/schema.prisma) to the working one. `prisma migrate dev` cannot replay the
// existing migrations on PGlite's shadow database (its adapter prepares each script as one
// statement), while `prisma migrate diff` between two schema files needs no database at all.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migrate:new -- <name_in_snake_case>");
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, "..");
const committed = path.join(mkdtempSync(path.join(tmpdir(), "wartagraph-schema-")), "schema.prisma");
writeFileSync(committed, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { cwd: root }));
const script = execFileSync(
  process.execPath,
  [
    path.join(root, "node_modules/prisma/build/index.js"),
    "migrate",
    "diff",
    "--from-schema-datamodel",
    committed,
    "--to-schema-datamodel",
    path.join(root, "prisma/schema.prisma"),
    "--script",
  ],
  // the diff needs no database; memory: keeps the config from opening the default store
  {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, DATABASE_URL: "memory:" },
  },
);
if (!/^\s*(CREATE|ALTER|DROP)/m.test(script)) {
  console.log("prisma/schema.prisma matches the committed schema: no migration to write");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(root, "prisma/migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), script);
console.log(`wrote ${path.relative(root, dir)}/migration.sql: review it, then commit it with the schema`);
