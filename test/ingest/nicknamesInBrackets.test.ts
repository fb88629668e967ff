import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, speakerOf } from "./draftQueries.ts";

/** A head of state and a name followed by its nickname in brackets (issue 7). Made-up text. */
const read = draftReader("Peringatan Hari Bakti di Sukamaju");

describe("a nickname in brackets after a full name", () => {
  it("is an alias of the person, who holds the president's post", () => {
    const draft = read(
      "Upacara digelar Sabtu, dengan Presiden Bambang Sutrisno (Bamtris) bertindak sebagai inspektur upacara.",
      "“Kita harus bekerja keras,” kata Bamtris.",
    );
    expect(draft.people.map((p) => [p.name, p.aliases])).toEqual([["Bambang Sutrisno", ["Bamtris"]]]);
    expect(holdersAt(draft)).toEqual(["Bambang Sutrisno @ -"]);
    expect(speakerOf(draft, "Kita harus")).toBe("Bambang Sutrisno");
  });

  it("is no alias when the bracket holds a word unlike the name", () => {
    const draft = read("Warga bernama Budi Santosa (Sukamaju) datang pada Senin.");
    expect(draft.people.map((p) => [p.name, p.aliases])).toEqual([["Budi Santosa", []]]);
  });
});
