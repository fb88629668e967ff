import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatOfStdin, InputPathError, listInputFiles, readInputRecords } from "../../src/ingest/readInputs.ts";
import { makeTempDir } from "./cliHarness.ts";

describe("readInputRecords", () => {
  it("numbers JSONL lines from 1, skips blank ones, and tells raw articles from drafts", () => {
    const records = readInputRecords(
      [
        '{"text":"Isi berita","url":"https://a.example/1"}',
        "",
        "[1]",
        '{"extractorVersion":"x","article":{}}',
        '{"url":3}',
      ].join("\n"),
      "jsonl",
    );
    expect(records.map((r) => r.line)).toEqual([1, 3, 4, 5]);
    expect(records[0]?.input).toEqual({ kind: "raw", text: "Isi berita", url: "https://a.example/1" });
    expect(records[1]?.error).toMatch(/expected a JSON object/);
    expect(records[2]?.error).toMatch(/^invalid article draft: article.title: /);
    expect(records[3]?.error).toMatch(/neither "text"/);
  });

  it("reads a text file as one article and stdin by its first character", () => {
    expect(readInputRecords("\uFEFFJudul\n\nIsi", "text")).toEqual([{ input: { kind: "raw", text: "Judul\n\nIsi" } }]);
    expect(formatOfStdin('\n  {"text":1}')).toBe("jsonl");
    expect(formatOfStdin("WARTAWAN\n{")).toBe("text");
  });
});

describe("listInputFiles", () => {
  it("walks directories in name order, keeping only article files", async () => {
    const dir = await makeTempDir("list");
    await mkdir(path.join(dir, "b"));
    await writeFile(path.join(dir, "b", "x.JSONL"), "");
    await writeFile(path.join(dir, "a.txt"), "");
    await writeFile(path.join(dir, ".hidden.txt"), "");
    await writeFile(path.join(dir, "c.csv"), "");
    const files = await listInputFiles([dir, path.join(dir, "a.txt"), "-"]);
    expect(files).toEqual([
      { path: path.join(dir, "a.txt"), format: "text" },
      { path: path.join(dir, "b", "x.JSONL"), format: "jsonl" },
      { path: "-", format: "jsonl" },
    ]);
    await expect(listInputFiles([path.join(dir, "nope")])).rejects.toBeInstanceOf(InputPathError);
    await rm(dir, { recursive: true, force: true });
  });
});
