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

/** How the gazetteer read every data file before forEachRowOfThree: an array per line and per field. */
function rowsAsSplit(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== "")
    .map((line) =>
      line.split(",").map((field) => (field.startsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field)),
    );
}

const rowsOfThree = (text: string) => {
  const rows: string[][] = [];
  forEachRowOfThree(text, (a, b, c) => rows.push([a, b, c]));
  return rows;
};
const splitRowsOfThree = (text: string) =>
  rowsAsSplit(text)
    .filter((row) => row.length >= 3)
    .map((row) => row.slice(0, 3));

const dataFile = (file: string) =>
  readFileSync(join(dirname(createRequire(import.meta.url).resolve("idn-area-data")), "..", "data", file), "utf8");

describe("the districts and villages read for local place names", () => {
  it("reads rows as splitting the lines and fields did, quoted fields, CRLF and short rows included", () => {
    const text =
      'code,parent,name\r\n1,a,Keude Bakongan\r\n\n2,b,"Lubuk Pakam I,II"\r\n3,c\n   \n4,d,"Soka""an",x\n5,,\n6,e,Ujung\r';
    expect(rowsOfThree(text)).toEqual(splitRowsOfThree(text));
    expect(rowsOfThree(text)).toHaveLength(5);
    expect(rowsOfThree("code,parent,name")).toEqual([]);
    for (const file of ["districts.csv", "villages.csv"]) {
      expect(rowsOfThree(dataFile(file))).toEqual(splitRowsOfThree(dataFile(file)));
    }
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
