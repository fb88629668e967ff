import { describe, expect, it } from "vitest";
import { draftReader, peopleNames, speakerOf } from "./draftQueries.ts";

const read = draftReader("Rapat koordinasi di Sikka");

describe("a title's short form written in brackets inside it", () => {
  it("is learned as the holder's short form, so a later quote by that short form is theirs", () => {
    const draft = read(
      'Rapat koordinasi digelar pada Senin. Sekretaris Daerah Kabupaten (Sekkab) Sikka, Yosef Lamba, membuka acara itu. "Kami siap bekerja," kata Sekkab.',
    );
    expect(peopleNames(draft)).toEqual(["Yosef Lamba"]);
    expect(speakerOf(draft, "Kami siap")).toBe("Yosef Lamba");
  });
});
