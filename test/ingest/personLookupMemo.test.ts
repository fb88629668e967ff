import { describe, expect, it } from "vitest";
import { ExtractionContext, type PersonEntity } from "../../src/ingest/extract/context.ts";

const person = (key: string, name: string): PersonEntity => ({ key, name, aliases: new Set(), mentions: [] });

describe("findPerson remembers its answers only while the people stay the same", () => {
  it("finds a person added after the same name was looked up and missed", () => {
    const context = ExtractionContext.create("Judul", "Isi berita.");
    context.addPerson(person("rina-wulandari", "Rina Wulandari"));
    expect(context.findPerson("Budi")).toBeUndefined();
    context.addPerson(person("budi-santoso", "Budi Santoso"));
    expect(context.findPerson("Budi")?.key).toBe("budi-santoso");
  });

  it("finds a person by an alias added after the alias was looked up and missed", () => {
    const context = ExtractionContext.create("Judul", "Isi berita.");
    const joko = person("joko-susilo", "Joko Susilo");
    context.addPerson(joko);
    expect(context.findPerson("Jack")).toBeUndefined();
    context.addAlias(joko, "Jack");
    expect(context.findPerson("Jack")?.key).toBe("joko-susilo");
  });

  it("stops answering with one person once a second one fits the short form", () => {
    const context = ExtractionContext.create("Judul", "Isi berita.");
    context.addPerson(person("budi-santoso", "Budi Santoso"));
    expect(context.findPerson("Budi")?.key).toBe("budi-santoso");
    context.addPerson(person("budi-hartono", "Budi Hartono"));
    expect(context.findPerson("Budi")).toBeUndefined();
  });

  it("reads old spellings alike, as often as it is asked", () => {
    const context = ExtractionContext.create("Judul", "Isi berita.");
    context.addPerson(person("djoko-santoso", "Djoko Santoso"));
    for (let round = 0; round < 3; round++) expect(context.findPerson("Joko")?.key).toBe("djoko-santoso");
  });
});
