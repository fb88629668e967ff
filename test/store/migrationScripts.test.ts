import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const migrationsDir = join(import.meta.dirname, "../../prisma/migrations");

describe("migration scripts", () => {
  // `prisma migrate deploy` through the PostgreSQL driver adapter splits a script at every ";",
  // comments included, so a semicolon in a comment turns the rest of that comment into SQL.
  it("have no semicolon inside a comment", () => {
    const offending: string[] = [];
    for (const folder of readdirSync(migrationsDir, { withFileTypes: true })) {
      if (!folder.isDirectory()) continue;
      const lines = readFileSync(join(migrationsDir, folder.name, "migration.sql"), "utf8").split("\n");
      lines.forEach((line, index) => {
        const comment = line.indexOf("--");
        if (comment >= 0 && line.slice(comment).includes(";")) offending.push(`${folder.name}:${index + 1}`);
      });
    }
    expect(offending).toEqual([]);
  });
});
