import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { compactSurface, districtsNamed, gazetteer } from "../../src/ingest/gazetteer/index.ts";

const districtsCsv = readFileSync(
  join(dirname(createRequire(import.meta.url).resolve("idn-area-data")), "..", "data", "districts.csv"),
  "utf8",
);

/** The gazetteer's title case, as every district's name was made on first use before. */
const titleCase = (text: string) =>
  text
    .toLowerCase()
    .replace(/(^|[\s(/-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

describe("districts by name", () => {
  it("are every district of the data, under the compact form of its title-cased name, made once", () => {
    const rows = districtsCsv
      .split(/\r?\n/)
      .slice(1)
      .filter((line) => line.trim() !== "")
      .map((line) =>
        line.split(",").map((field) => (field.startsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field)),
      );
    expect(rows.length).toBeGreaterThan(7000);
    const expected = new Map<string, string[]>();
    for (const [code, , rawName] of rows) {
      if (!code || !rawName) continue;
      const key = compactSurface(titleCase(rawName));
      expected.set(key, [...(expected.get(key) ?? []), `${code} ${titleCase(rawName)}`]);
    }
    for (const [key, districts] of expected) {
      const found = districtsNamed(key);
      expect(found.map((d) => `${d.code} ${d.name}`)).toEqual(districts);
      expect(districtsNamed(key)).toBe(found);
    }
    const blora = districtsNamed("blora")[0];
    expect(blora).toMatchObject({ name: "Blora", kind: "DISTRICT", shortForm: "Blora", standardAliases: [] });
    expect(blora?.parent).toBe(gazetteer().regenciesByCode.get("33.16"));
    expect(blora?.province?.name).toBe("Jawa Tengah");
    expect(districtsNamed("bukandistrikmanapun")).toEqual([]);
  });
});
