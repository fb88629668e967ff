import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, peopleNames } from "./draftQueries.ts";

/**
 * A unit's proper name may take "dan" ("Koperasi Sinar Harapan dan Sejahtera"), but not when a
 * person's name follows it: a common given name, or a capitalised run that ends at "selaku", a
 * reporting verb or a post's title. Every name and place here is made up.
 */
const read = draftReader("Rapat Koordinasi Layanan Kesehatan di Lembahsari");
const opening = "Rapat itu digelar di aula kecamatan pada Senin pagi.";

describe("a unit's proper name before 'dan' and a person", () => {
  it("ends the name before 'dan' when the run after it ends at 'selaku'", () => {
    const draft = read(
      opening,
      "Darto Wiyono selaku Kepala Puskesmas Sukawangi dan Yusran Hadi selaku Kepala Puskesmas Sukaraya hadir dalam rapat itu.",
    );
    expect(institutionNames(draft)).toContain("Puskesmas Sukawangi");
    expect(institutionNames(draft).join("|")).not.toContain("dan Yusran");
    expect(peopleNames(draft)).toContain("Yusran Hadi");
  });

  it("ends the name before 'dan' when the run after it ends at a reporting verb", () => {
    const draft = read(opening, "Ketua Koperasi Sinar Harapan dan Yusran Hadi Saputra mengatakan warga antusias.");
    expect(institutionNames(draft).join("|")).not.toContain("dan Yusran");
    expect(peopleNames(draft)).toContain("Yusran Hadi Saputra");
  });

  it("ends the name before 'dan' when the run after it ends at a post's title", () => {
    const draft = read(
      opening,
      "Rapat dihadiri pengurus Koperasi Sinar Harapan dan Yusran Hadi Sekretaris Desa Sukawangi.",
    );
    expect(institutionNames(draft).join("|")).not.toContain("dan Yusran");
  });

  it("ends the name before 'dan' when a common given name follows it", () => {
    const draft = read(opening, "Rapat dihadiri pengurus Koperasi Sinar Harapan dan Budi Santoso dari desa tetangga.");
    expect(institutionNames(draft).join("|")).not.toContain("dan Budi");
  });

  it("keeps a name that takes 'dan' whole", () => {
    const draft = read(
      opening,
      "Rapat dihadiri pengurus Koperasi Sinar Harapan dan Sejahtera serta Dinas Pemuda dan Olahraga Kabupaten Lembahsari.",
    );
    expect(institutionNames(draft).join("|")).toContain("Koperasi Sinar Harapan dan Sejahtera");
    expect(institutionNames(draft).join("|")).toContain("Dinas Pemuda dan Olahraga");
  });
});
