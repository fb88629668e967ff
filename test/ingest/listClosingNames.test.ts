import { describe, expect, it } from "vitest";
import { draftReader, peopleNames } from "./draftQueries.ts";

/** The last single name of a list of parties to a case, right before the verb (issue 7). Made-up text. */
const read = draftReader("Tujuh Terdakwa Pemilu Divonis Percobaan");

describe("the last item of a list of single names", () => {
  it("is a person where it runs straight into the verb after 'dan'", () => {
    const draft = read(
      "Ketiga terdakwa yakni Zulkifli, Amriana dan Suryati diduga memilih dua kali di TPS yang berbeda.",
    );
    expect(peopleNames(draft)).toEqual(["Amriana", "Suryati", "Zulkifli"]);
  });
});
