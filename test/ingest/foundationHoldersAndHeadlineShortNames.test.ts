import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames, peopleNames, postsOf } from "./draftQueries.ts";

/**
 * Constructions of the education beat found in a fresh dev article (a graduation at a private
 * university), each written here with made-up names (Yayasan Pendidikan Cendekia, Rina Wulandari, …).
 */
const opening = "SUKAMAJU - Wisuda ke-20 digelar di gedung serbaguna kampus pada Rabu.";
const foundation = "Yayasan Pendidikan Cendekia";

describe("a holder's name run on into a foundation's name that the article writes apart before an honorific", () => {
  const read = draftReader("Wisuda Ke-20 Digelar");
  it("is the holder's, whatever degrees follow the name after a comma", () => {
    const cases: [string, string][] = [
      [
        `Hadir pula Pembina ${foundation} Hj. Sulastri, SS., M.Pd. dan Ketua ${foundation} Rina Wulandari, SE, MSA, CA, Akt. Acara berlangsung meriah.`,
        "Rina Wulandari",
      ],
      [
        `Hadir pula Pembina ${foundation} Dr. Sulastri, M.Pd. dan Ketua ${foundation} Budi Santoso, SE, MM. Acara berlangsung meriah.`,
        "Budi Santoso",
      ],
      [
        `Hadir Pembina ${foundation} Prof. Sulastri dan Bendahara ${foundation} Joko Purnomo, S.Ak., Akt., dalam acara itu.`,
        "Joko Purnomo",
      ],
      [
        `Hadir pula Pembina ${foundation} H. Sulastri dan Ketua ${foundation} Agus Salim. Acara berlangsung meriah.`,
        "Agus Salim",
      ],
    ];
    for (const [sentence, holder] of cases) {
      const draft = read(opening, sentence);
      expect(peopleNames(draft)).toContain(holder);
      expect(institutionNames(draft)).toEqual([foundation]);
      expect(postsOf(draft, holder)[0]).toMatch(new RegExp(` @ ${foundation}$`));
    }
  });
});

describe("a headline that writes a body institution's name short, leaving out its last word", () => {
  it("names that one institution", () => {
    const cases: [string, string, string][] = [
      [
        "Kepala LLDikti Apresiasi Prestasi yang Diraih Universitas Cendekia",
        "Rektor Universitas Cendekia Nusantara (UCN) Dr. Budi Santoso, MM, membuka wisuda.",
        "Universitas Cendekia Nusantara",
      ],
      [
        "Seribu Mahasiswa Diwisuda di Politeknik Cendekia",
        "Sebanyak seribu mahasiswa Politeknik Cendekia Mandiri diwisuda, kata Direktur Politeknik Cendekia Mandiri, Joko Purnomo.",
        "Politeknik Cendekia Mandiri",
      ],
      [
        "Rektor Lantik Dekan Baru Universitas Bina Cendekia",
        "Rektor Universitas Bina Cendekia Indonesia, Prof. Dr. Agus Salim, M.Si., melantik dekan baru pada Senin.",
        "Universitas Bina Cendekia Indonesia",
      ],
    ];
    for (const [title, body, full] of cases) {
      const draft = draftReader(title)(opening, body);
      expect(institutionNames(draft)).toContain(full);
      expect(institutionNames(draft).filter((name) => full.startsWith(name))).toEqual([full]);
    }
  });

  it("stays its own where two body institutions open with it", () => {
    const draft = draftReader("Wisuda Bersama Universitas Cendekia")(
      opening,
      "Wisuda diikuti Universitas Cendekia Nusantara dan Universitas Cendekia Raya.",
    );
    expect(institutionNames(draft)).toContain("Universitas Cendekia");
    expect(holdersAt(draft)).toEqual([]);
  });
});
