import { describe, expect, it } from "vitest";
import { draftReader, institutionNames, peopleNames, postsOf } from "./draftQueries.ts";

/** Regional offices of national agencies: a class before the seat, "Perwakilan" before the agency. Made-up text. */
const read = draftReader("Pemerintah Kabupaten Sukamaju Gelar Rapat Koordinasi");

describe("an immigration office and a post office named by their seat", () => {
  it("reads the office's class and qualifier as part of its name", () => {
    const draft = read(
      "Kepala Kantor Imigrasi Kelas II TPI Sukamaju, Budi Santoso, mengatakan pelayanan paspor tetap dibuka.",
      "Kantor Imigrasi Sukamaju melayani warga setiap hari kerja.",
    );
    expect(institutionNames(draft)).toEqual(["Kantor Imigrasi Kelas II TPI Sukamaju"]);
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Kepala Kantor Imigrasi @ Kantor Imigrasi Kelas II TPI Sukamaju"]);
  });

  it("reads a post office and its head written on without a comma", () => {
    const draft = read("Kepala Kantor Pos Sukamaju Budi Santoso mengatakan layanan tetap dibuka.");
    expect(peopleNames(draft)).toEqual(["Budi Santoso"]);
    expect(institutionNames(draft)).toEqual(["Kantor Pos Sukamaju"]);
  });
});

describe("'Perwakilan' before a national body", () => {
  it("is that body's office in the region, and its head is read", () => {
    const draft = read("Kepala Perwakilan Bank Indonesia Sukamaju Budi Santoso mengatakan inflasi terkendali.");
    expect(postsOf(draft, "Budi Santoso")).toEqual(["Kepala Bank Indonesia Sukamaju @ Bank Indonesia Sukamaju"]);
  });

  it("after 'Kantor' too, with no office named 'Kantor Perwakilan'", () => {
    const draft = read(
      "Kepala Kantor Perwakilan Bank Indonesia Provinsi Jambi Rina Wulandari mengatakan inflasi terkendali.",
    );
    expect(institutionNames(draft)).toEqual(["Bank Indonesia Provinsi Jambi"]);
    expect(peopleNames(draft)).toEqual(["Rina Wulandari"]);
  });
});
