import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  forEachRowOfThree,
  localPlaceNamesFromData,
  localPlaceNamesStamp,
  readLocalPlaceNames,
  writeLocalPlaceNames,
} from "../../src/ingest/gazetteer/index.ts";

const scratch = mkdtempSync(join(tmpdir(), "local-place-names-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A reference reading of a CSV line: fields split at commas outside quotes, quoted ones unquoted. */
function referenceFields(line: string): string[] {
  const fields = [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((match) => match[1] ?? "");
  if (!line.endsWith(",")) fields.pop(); // the empty match at the end of the line
  return fields.map((field) => (field.startsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field));
}

const rowsOfThree = (text: string) => {
  const rows: string[][] = [];
  forEachRowOfThree(text, (a, b, c) => rows.push([a, b, c]));
  return rows;
};
const referenceRowsOfThree = (text: string) =>
  text
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== "")
    .map(referenceFields)
    .filter((row) => row.length >= 3)
    .map((row) => row.slice(0, 3));

const dataFile = (file: string) =>
  readFileSync(join(dirname(createRequire(import.meta.url).resolve("idn-area-data")), "..", "data", file), "utf8");

describe("the districts and villages read for local place names", () => {
  it("reads quoted fields whole, commas and doubled quotes inside them included; CRLF and short rows", () => {
    const text =
      'code,parent,name\r\n1,a,Keude Bakongan\r\n\n2,b,"Lubuk Pakam I,II"\r\n3,c\n   \n4,d,"Soka""an",x\n5,,\n6,e,Ujung\r\n7,"f,g",h\n8,i,"Open, quote';
    expect(rowsOfThree(text)).toEqual([
      ["1", "a", "Keude Bakongan"],
      ["2", "b", "Lubuk Pakam I,II"],
      ["4", "d", 'Soka"an'],
      ["5", "", ""],
      ["6", "e", "Ujung"],
      ["7", "f,g", "h"],
      ["8", "i", "Open"],
    ]);
    expect(rowsOfThree("code,parent,name")).toEqual([]);
    for (const file of ["districts.csv", "villages.csv"]) {
      expect(rowsOfThree(dataFile(file))).toEqual(referenceRowsOfThree(dataFile(file)));
    }
    const villages = rowsOfThree(dataFile("villages.csv")).map(([, , name]) => name);
    expect(villages).toContain("Lubuk Pakam I,II");
    expect(villages).toContain("Lambang Sari I, II, III");
  });

  it("counts the villages whose names hold a comma among the local place names", () => {
    const names = localPlaceNamesFromData();
    expect(names.has("lubukpakamiii")).toBe(true);
    expect(names.has("lambangsariiiiiii")).toBe(true);
  });

  it("writes a names file that reads back as the names compacted from the data files", () => {
    const file = join(scratch, "names.txt");
    writeLocalPlaceNames(file);
    const fromData = localPlaceNamesFromData();
    const fromFile = readLocalPlaceNames(file);
    expect(fromData.size).toBeGreaterThan(50_000);
    expect(fromData.has("sukamaju")).toBe(true);
    expect(fromFile?.size).toBe(fromData.size);
    expect([...(fromFile ?? [])].every((name) => fromData.has(name))).toBe(true);
  });

  it("does not read a names file built from other data or by other rules, nor a missing one", () => {
    const file = join(scratch, "stale.txt");
    writeFileSync(file, "local place names: idn-area-data 1 2 abc\nsukamaju");
    expect(readLocalPlaceNames(file)).toBeUndefined();
    writeFileSync(file, `${localPlaceNamesStamp()}\nsukamaju`);
    expect(readLocalPlaceNames(file)).toEqual(new Set(["sukamaju"]));
    expect(readLocalPlaceNames(join(scratch, "missing.txt"))).toBeUndefined();
  });
});
