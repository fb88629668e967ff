import { describe, expect, it } from "vitest";
import { draftReader, holdersAt, institutionNames } from "./draftQueries.ts";

const read = draftReader("Kemenag Sukamaju Bahas Kerukunan Umat Beragama");
const opening =
  "Kepala Kantor Kemenag Kabupaten Sukamaju, Budi Santoso, menerima tamu di ruang kerjanya, Senin (5/2/2024).";

describe("the interfaith harmony forum (FKUB)", () => {
  it("is an institution when written bare", () => {
    const draft = read(opening, "Pertemuan itu membahas kepengurusan FKUB yang masa jabatannya telah berakhir.");
    expect(institutionNames(draft)).toContain("Forum Kerukunan Umat Beragama");
  });

  it("holds its chairman's post when written with its region", () => {
    const draft = read(opening, "Hadir pula Ketua FKUB Kabupaten Sukamaju, Rudi Hartono, bersama pengurus.");
    expect(holdersAt(draft).some((post) => post.startsWith("Rudi Hartono @ Forum Kerukunan Umat Beragama"))).toBe(true);
  });
});
