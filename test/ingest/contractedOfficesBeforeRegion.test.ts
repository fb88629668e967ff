import { describe, expect, it } from "vitest";
import { draftReader, institutionNames } from "./draftQueries.ts";

/**
 * A regional office written as one contracted word the lexicon does not list, right before the region
 * it serves ("Disperindagkop Kabupaten Blora"), with no title or "kepala" before it.
 */
const read = draftReader("Koperasi Nelayan Dibina Bersama");
const closing = "Kegiatan itu berlangsung lancar dan diikuti puluhan nelayan.";

describe("a contracted office's name right before its region", () => {
  it("is an office of that region, after a list's joiner or a preposition too", () => {
    const draft = read(
      "BLORA - Dinas Perikanan bersama Bank Jateng dan Disperindagkop Kabupaten Blora bertemu nelayan.",
      "Pekan depan nelayan juga bertemu Diskanla Kota Semarang.",
      closing,
    );
    expect(institutionNames(draft)).toContain("Disperindagkop Kabupaten Blora");
    expect(institutionNames(draft)).toContain("Diskanla Kota Semarang");
  });

  it("leaves a verb or a noun of the same shape alone ('Disampaikan', 'Diskusi')", () => {
    const draft = read("BLORA - Disampaikan Blora siap, Diskusi Semarang pun digelar.", closing);
    expect(institutionNames(draft).filter((name) => name.startsWith("Dis"))).toEqual([]);
  });
});
