import { describe, expect, it } from "vitest";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { extractArticle } from "../../src/ingest/extract/index.ts";

/** Products read from list constructions on made-up sentences, one test per rule (issue 7). */
function products(sentence: string): string[] {
  const text = `Judul Berita Untuk Pengujian Aturan\n\n${sentence}\n\nKegiatan ini mendukung kemandirian warga.`;
  return parseArticleDraft(extractArticle(text))
    .products.map((p) => p.name.toLowerCase())
    .sort();
}

describe("list items and their boundaries", () => {
  it("keeps the material after dari with the item it closes", () => {
    expect(products("Warga binaan dilatih membuat tas dari eceng gondok dan sandal hotel.")).toEqual([
      "sandal hotel",
      "tas dari eceng gondok",
    ]);
    expect(
      products("Produk kerajinan tangan berupa bunga hias dari plastik bekas, tempat tisu, dan celengan."),
    ).toEqual(["bunga hias dari plastik bekas", "celengan", "kerajinan tangan", "tempat tisu"]);
  });

  it("ends an item before a preposition or a predicate", () => {
    expect(products("Koperasi itu menjual beras, minyak goreng, gula pasir dan telur kepada anggota.")).toEqual([
      "beras",
      "gula pasir",
      "minyak goreng",
      "telur",
    ]);
    expect(products("Mulai dari keripik singkong, rengginang hingga kerupuk ikan tersedia di stan tersebut.")).toEqual([
      "keripik singkong",
      "kerupuk ikan",
      "rengginang",
    ]);
  });

  it("skips ada after di antaranya", () => {
    expect(products("Di antaranya ada batik tulis, tenun ikat, dan songket Palembang.")).toEqual([
      "batik tulis",
      "songket palembang",
      "tenun ikat",
    ]);
  });

  it("reads a reduplicated word as one item and a last item running into its clause", () => {
    expect(products("Produk olahan ikan seperti bakso ikan, otak-otak dan pempek laris manis.")).toEqual([
      "bakso ikan",
      "ikan",
      "otak-otak",
      "pempek",
    ]);
  });
});

describe("list constructions beyond berupa and seperti", () => {
  it("reads the goods a made-into, a marketing verb or a brand word introduces", () => {
    expect(products("Warga binaan mengolah limbah plastik menjadi tas belanja dan dompet.")).toEqual([
      "dompet",
      "tas belanja",
    ]);
    expect(products("Pelaku UMKM memasarkan emping melinjo, kacang mete, dan garam beryodium.")).toEqual([
      "emping melinjo",
      "garam beryodium",
      "kacang mete",
    ]);
    expect(products("Koperasi menjual produk kopi bubuk dengan merek “Kopi Lapas” di bazar.")).toEqual([
      "kopi lapas",
      "produk kopi bubuk",
    ]);
  });

  it("reads a list after adalah when a product word governs it", () => {
    expect(products("Produk unggulan Lapas adalah paving block, batako dan meubel.")).toEqual([
      "batako",
      "meubel",
      "paving block",
    ]);
  });

  it("reads staples and a head noun that needs its modifier", () => {
    expect(products("Koperasi menyediakan sembako seperti gula, minyak goreng dan tepung terigu.")).toEqual([
      "gula",
      "minyak goreng",
      "sembako",
      "tepung terigu",
    ]);
    expect(products("Produk olahan seperti nugget lele, stik bawang dan abon ikan dijual murah.")).toEqual([
      "abon ikan",
      "nugget lele",
      "stik bawang",
    ]);
  });

  it("reads no goods named again with a demonstrative", () => {
    expect(products("Untuk memasarkan karya seni tersebut, rutan menggandeng pihak swasta.")).toEqual([]);
  });
});

describe("goods named before their maker", () => {
  it("reads the goods before buatan, hasil or yang diproduksi", () => {
    expect(products("Pengunjung membeli sepatu dan tas buatan warga binaan.")).toEqual(["sepatu", "tas"]);
    expect(products("Roti yang diproduksi dapur Lapas dijual ke pegawai.")).toEqual(["roti"]);
    expect(products("Kursi santai, meja dan lemari hasil karya narapidana dipajang di lobi.")).toEqual([
      "kursi santai",
      "lemari",
      "meja",
    ]);
  });
});

describe("one bare item a goods noun introduces", () => {
  it("reads one item without a head noun after produk unggulan berupa, not after hasil berupa", () => {
    expect(products("Produk unggulan desa itu berupa dupa wangi.")).toEqual(["dupa wangi"]);
    expect(products("Hasil kegiatan berupa keuntungan dibagi kepada anggota.")).toEqual([]);
  });
});

describe("a quantity before an item", () => {
  it("starts the item after the number and its unit", () => {
    expect(products("Setiap hari warga binaan menghasilkan 1.000 buah batako dan 2,5 ton pupuk kompos.")).toEqual([
      "batako",
      "pupuk kompos",
    ]);
    expect(products("Koperasi menjual ratusan kursi dan puluhan lemari.")).toEqual(["kursi", "lemari"]);
  });
});

describe("goods before a copula and a goods noun, and quoted brands after unggulan", () => {
  it("reads the goods before menjadi produk andalan", () => {
    expect(products("Kerajinan bambu dan anyaman pandan menjadi produk andalan desa itu.")).toEqual([
      "anyaman pandan",
      "kerajinan bambu",
    ]);
  });

  it("reads quoted brands after produk unggulan", () => {
    expect(products("Stan Lapas menampilkan produk unggulan “Kopi Napi” dan “Roti Bapas”.")).toEqual([
      "kopi napi",
      "roti bapas",
    ]);
  });

  it("reads the goods a making or processing noun names", () => {
    expect(products("Lapas menggelar pelatihan pembuatan sabun cair dan pengolahan kopi.")).toEqual([
      "kopi",
      "sabun cair",
    ]);
  });
});

describe("one product per goods", () => {
  it("ends an item at a verb and folds a later short name into the full one", () => {
    expect(
      products(
        "Warga binaan membuat sandal dari bahan limbah untuk dijual. Menurut dia, pembuatan sandal berlangsung setiap hari.",
      ),
    ).toEqual(["sandal dari bahan limbah"]);
  });
});

describe("items in title case and goods of harvest and handwork verbs", () => {
  it("reads a title-case item in a product list, not people or offices in another list", () => {
    expect(products("Produk yang ditampilkan seperti Batik Tulis, Tenun Ikat dan Dupa Wangi.")).toEqual([
      "batik tulis",
      "dupa wangi",
      "tenun ikat",
    ]);
    expect(
      products("Pameran dihadiri pejabat seperti Kepala Dinas Koperasi, Camat Sukamaju dan Budi Santoso."),
    ).toEqual([]);
  });

  it("reads the goods a harvest or a handwork verb names", () => {
    expect(products("Warga binaan Lapas berhasil memanen 50 kg cabai dan tomat.")).toEqual(["cabai", "tomat"]);
    expect(products("Lapas menggelar panen raya melon dan semangka di lahan SAE.")).toEqual(["melon", "semangka"]);
    expect(products("Mereka juga menjahit seragam dan mukena pesanan warga.")).toEqual(["mukena", "seragam"]);
  });
});

describe("items named with their origin, their kind or a correlative list", () => {
  it("keeps a known place written last in an item, and the list goes on after it", () => {
    expect(
      products("Produk yang dijual antara lain kain tenun Garut, batik Kaltim, kaos beragam motif, dan kopi bubuk."),
    ).toEqual(["batik kaltim", "kain tenun garut", "kaos beragam motif", "kopi bubuk"]);
  });

  it("reads a list after baik only when maupun follows", () => {
    expect(
      products("Lewat pameran ini, baik sambal bawang, keripik tempe, maupun tas rajut kini makin dikenal."),
    ).toEqual(["keripik tempe", "sambal bawang", "tas rajut"]);
    expect(products("Penjualan pekan ini berjalan baik tas rajut warga laris manis di pasar.")).toEqual([]);
  });

  it("keeps a short name that starts two longer ones as a kind of its own", () => {
    expect(
      products("Stan itu menampilkan batik tulis, batik cap, dan kopi bubuk. Warga juga menjual batik dan kopi."),
    ).toEqual(["batik", "batik cap", "batik tulis", "kopi bubuk"]);
  });
});
