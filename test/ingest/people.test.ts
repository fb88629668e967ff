import { describe, expect, it } from "vitest";
import { type ArticleDraft, parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";

/** An article around some body paragraphs, read and validated. */
function read(...paragraphs: string[]): ArticleDraft {
  return parseArticleDraft(extractArticle(`Judul Berita Untuk Pengujian Ekstraksi\n\n${paragraphs.join("\n\n")}`));
}

/** "person | role | institution name" for every position. */
function positions(draft: ArticleDraft): string[] {
  const people = new Map(draft.people.map((p) => [p.key, p.name]));
  const institutions = new Map(draft.institutions.map((i) => [i.key, i.name]));
  return draft.positions.map(
    (p) => `${people.get(p.person)} | ${p.role} | ${p.institution ? institutions.get(p.institution) : "-"}`,
  );
}

describe("people and their positions", () => {
  it("reads a name in apposition after the title", () => {
    const draft = read("Pada kesempatan itu, Kepala Rutan Demak, Hemu, menyampaikan bahwa kegiatan berjalan baik.");
    expect(positions(draft)).toEqual(["Hemu | Kepala Rutan | Rutan Demak"]);
    expect(draft.positions[0]?.title).toBe("Kepala Rutan Demak");
  });

  it("reads a name after an abbreviated title and a police rank", () => {
    const draft = read("Kapolres Blora AKBP Wawan Andi Susanto memimpin apel gelar pasukan di halaman Mapolres.");
    expect(positions(draft)).toEqual(["Wawan Andi Susanto | Kepala Kepolisian Resor | Kepolisian Resor Blora"]);
    expect(draft.people[0]?.aliases).toEqual(["AKBP Wawan Andi Susanto"]);
    expect(draft.institutions[0]).toMatchObject({ shortName: "Polres Blora", type: "POLICE" });
  });

  it("reads a name written before its title", () => {
    const draft = read("Kegiatan dibuka oleh Hemu, Kepala Rutan Demak, di aula utama.");
    expect(positions(draft)).toEqual(["Hemu | Kepala Rutan | Rutan Demak"]);
  });

  it("reads people named after 'didampingi' and 'bersama'", () => {
    const draft = read(
      "Kakanwil Ditjenpas Jateng, Mardi Santoso, didampingi Kepala Lapas Kelas IIA Pati, Budi Prasetyo, meninjau dapur. Kunjungan itu juga bersama Bupati Blora Arief Rohman.",
    );
    expect(positions(draft).sort()).toEqual([
      // "Bupati Blora" names no Pemkab (eval/README.md): the post has no institution
      "Arief Rohman | Bupati | -",
      "Budi Prasetyo | Kepala Lapas | Lapas Kelas IIA Pati",
      "Mardi Santoso | Kepala Kantor Wilayah | Kantor Wilayah Direktorat Jenderal Pemasyarakatan Jawa Tengah",
    ]);
  });

  it("reads a list of officials", () => {
    const draft = read(
      "Hadir dalam kegiatan tersebut Kalapas Kudus Ahmad Fauzi, Karutan Jepara Sri Wahyuni, dan Kabapas Pati Agus Salim.",
    );
    expect(positions(draft).sort()).toEqual([
      "Agus Salim | Kepala Bapas | Bapas Pati",
      "Ahmad Fauzi | Kepala Lapas | Lapas Kudus",
      "Sri Wahyuni | Kepala Rutan | Rutan Jepara",
    ]);
  });

  it("strips honorifics and degrees from names and keeps the written form as an alias", () => {
    const draft = read(
      "Kepala Rutan Kelas IIB Kotabumi, Dr. H. Denial Arif, A.Md.IP, S.H., M.H., menerima kunjungan. Bupati Demak Hj. Eisti'anah, S.E. turut hadir.",
    );
    const names = Object.fromEntries(draft.people.map((p) => [p.name, p.aliases]));
    expect(names).toEqual({
      "Denial Arif": ["Dr. H. Denial Arif, A.Md.IP, S.H., M.H."],
      "Eisti'anah": ["Hj. Eisti'anah, S.E."],
    });
  });

  it("reads initials, shortened given names and hyphenated names", () => {
    const draft = read(
      "Kakanwil Kemenkumham Jateng A. Yuspahruddin didampingi Kalapas Kudus, Muh. Ali Rahman, dan Karutan Jepara, Gun-Gun Gunawan.",
    );
    expect(draft.people.map((p) => p.name)).toEqual(["A. Yuspahruddin", "Muh. Ali Rahman", "Gun-Gun Gunawan"]);
  });

  it("merges a person's shorter mentions into one entity", () => {
    const draft = read(
      "Kepala Lapas Semarang, Tri Saptono Sambudji, membuka bazar.",
      "Menurut Tri Saptono, bazar digelar setiap tahun. Saptono juga menyebut produk terlaris.",
    );
    expect(draft.people.map((p) => p.name)).toEqual(["Tri Saptono Sambudji"]);
    expect(draft.people[0]?.aliases).toEqual(["Tri Saptono"]);
  });

  it("does not read groups, places or institutions as people", () => {
    const draft = read(
      "Warga Binaan Pemasyarakatan (WBP) Lapas Palu mengikuti kegiatan. Sementara Kepala Lapas Palu memberikan arahan di Jawa Tengah.",
    );
    expect(draft.people).toEqual([]);
  });
});

describe("institutions", () => {
  it("keeps every written form of a Rutan as an alias of one entity", () => {
    const draft = read("Rutan Kelas IIB Blora menggelar panen. RUTAN BLORA juga membuka bazar. Rutan Blora ramai.");
    expect(draft.institutions).toHaveLength(1);
    expect(draft.institutions[0]).toMatchObject({
      name: "Rutan Kelas IIB Blora",
      shortName: "Rutan Blora",
      type: "RUTAN",
      aliases: ["RUTAN BLORA", "Rumah Tahanan Negara Kelas IIB Blora"],
    });
  });

  it("names a Kanwil the same way however it is written", () => {
    const long = read("Kantor Wilayah Ditjen Pemasyarakatan Jawa Tengah menggelar rapat.");
    const short = read("Kakanwil Ditjenpas Jateng, Mardi Santoso, memimpin rapat.");
    const kanwil = (draft: ArticleDraft) => draft.institutions.find((i) => i.type === "KANWIL");
    expect(kanwil(long)?.name).toBe("Kantor Wilayah Direktorat Jenderal Pemasyarakatan Jawa Tengah");
    expect(kanwil(short)?.name).toBe(kanwil(long)?.name);
    expect(kanwil(short)?.shortName).toBe("Kanwil Ditjenpas Jateng");
  });

  it("puts a Rutan under the Kanwil of its province and a Kanwil under its directorate general", () => {
    const draft = read("Kakanwil Ditjenpas Jawa Tengah mengunjungi Rutan Blora dan Lapas Kelas I Semarang.");
    const byName = new Map(draft.institutions.map((i) => [i.key, i]));
    const parentName = (shortName: string) => {
      const institution = draft.institutions.find((i) => i.shortName === shortName);
      return institution?.parent ? byName.get(institution.parent)?.shortName : undefined;
    };
    expect(parentName("Rutan Blora")).toBe("Kanwil Ditjenpas Jateng");
    expect(parentName("Lapas Semarang")).toBe("Kanwil Ditjenpas Jateng");
    expect(parentName("Kanwil Ditjenpas Jateng")).toBe("Ditjenpas");
  });

  it("links institutions to gazetteer places with codes and parents", () => {
    const draft = read("Rutan Blora berada di Kabupaten Blora, Jawa Tengah.");
    const blora = draft.places.find((p) => p.name === "Kabupaten Blora");
    expect(blora).toMatchObject({ kind: "REGENCY", code: "33.16" });
    expect(draft.places.find((p) => p.key === blora?.parent)?.name).toBe("Jawa Tengah");
    expect(draft.institutions[0]?.place).toBe(blora?.key);
  });

  it("reads a former residency as a region of its province", () => {
    const draft = read("Para Kepala UPT se-Eks Karesidenan Pati hadir.");
    const residency = draft.places.find((p) => p.kind === "FORMER_RESIDENCY");
    expect(residency).toMatchObject({ name: "Eks Karesidenan Pati", aliases: ["Karesidenan Pati"] });
    expect(draft.places.find((p) => p.key === residency?.parent)?.name).toBe("Jawa Tengah");
  });
});

describe("quotes", () => {
  it("attributes 'ujarnya' to the last person named, across paragraphs", () => {
    const draft = read(
      "Kepala Rutan Demak, Hemu, meninjau blok hunian bersama Kalapas Kudus, Ahmad Fauzi.",
      "Kunjungan dilanjutkan ke dapur. Kepala Rutan Demak menegaskan pentingnya kebersihan.",
      '"Dapur harus bersih sebelum dan sesudah dipakai oleh warga binaan," ujarnya.',
    );
    const speaker = draft.people.find((p) => p.key === draft.quotes[0]?.speaker)?.name;
    expect(speaker).toBe("Hemu");
    expect(draft.quotes[0]?.text).toBe("Dapur harus bersih sebelum dan sesudah dipakai oleh warga binaan");
  });

  it("attributes 'kata <name>' and 'kata <title>' to that person", () => {
    const draft = read(
      "Kepala Rutan Demak, Hemu, dan Kalapas Kudus, Ahmad Fauzi, hadir.",
      "“Kami siap mendukung program ketahanan pangan di wilayah ini,” kata Hemu.",
      "“Lapas kami juga sudah menanam sayuran di lahan belakang,” kata Kalapas Kudus.",
    );
    const speakers = draft.quotes.map((q) => draft.people.find((p) => p.key === q.speaker)?.name);
    expect(speakers).toEqual(["Hemu", "Ahmad Fauzi"]);
  });

  it("does not give an unnamed speaker's words to the last official named", () => {
    const draft = read(
      "Kepala Rutan Demak, Hemu, membuka pelatihan kerajinan.",
      "Salah seorang warga binaan, Er (40), menilai pelatihan itu bermanfaat.",
      '"Ilmu ini jadi modal saya ketika bebas nanti," ujarnya.',
    );
    expect(draft.quotes).toEqual([]);
  });

  it("still attributes 'ujarnya' past a suspect named with an age", () => {
    const draft = read(
      "Kapolres Blora AKBP Wawan Andi Susanto mengatakan tersangka Budi (32) ditangkap di rumahnya.",
      '"Kami akan memproses kasus ini sampai tuntas," ujarnya.',
    );
    expect(draft.quotes.map((q) => draft.people.find((p) => p.key === q.speaker)?.name)).toEqual([
      "Wawan Andi Susanto",
    ]);
  });

  it("runs a quote left open to the end of its paragraph", () => {
    const draft = read("Kepala Rutan Demak, Hemu, menyampaikan: “Kami akan terus memperkuat pembinaan warga binaan.");
    expect(draft.quotes.map((q) => q.text)).toEqual(["Kami akan terus memperkuat pembinaan warga binaan."]);
  });
});
