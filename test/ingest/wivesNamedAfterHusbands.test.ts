import { describe, expect, it } from "vitest";
import { draftReader, peopleNames, postsOf } from "./draftQueries.ts";

/**
 * A wife addressed as "Ny." with her own given name before her husband's full name. Every
 * sentence is made up.
 */
const read = draftReader("Dandim Baru Disambut Tradisi Adat");

describe("'Ny.' and a given name before the full name of an officer already named", () => {
  const draft = read(
    "Dandim 9999/Sukamaju Letkol Inf Budi Santoso bersama Ketua Persit KCK Cabang Sukamaju, Ny. Rina Budi Santoso, disambut warga.",
    "Ny. Rina Budi Santoso kemudian menerima karangan bunga, sementara Budi menerima ulos.",
  );

  it("is his wife, a person of her own", () => {
    expect(peopleNames(draft)).toEqual(["Budi Santoso", "Rina Budi Santoso"]);
  });

  it("keeps her post off his", () => {
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Komandan Kodim @ Komando Distrik Militer 9999/Sukamaju"]);
  });
});
