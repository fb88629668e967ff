import { describe, expect, it } from "vitest";
import { matchPlaceAt } from "../../src/ingest/extract/places.ts";
import { tokenize } from "../../src/ingest/extract/tokens.ts";
import { districtsNamed, gazetteer } from "../../src/ingest/gazetteer/index.ts";

const placeIn = (text: string, level?: "province" | "regency") => matchPlaceAt(tokenize(text), 0, level)?.place;

describe("the gazetteer", () => {
  it("reads provinces and regencies from idn-area-data with Kemendagri codes and parents", () => {
    const blora = placeIn("Blora");
    expect(blora).toMatchObject({ name: "Kabupaten Blora", code: "33.16", kind: "REGENCY" });
    expect(blora?.parent?.name).toBe("Jawa Tengah");
    expect(gazetteer().provincesByCode.get("33")?.standardAliases).toEqual(["Jateng"]);
  });

  it("reads provinces by their abbreviations and prefixed names", () => {
    expect(placeIn("Jateng")?.name).toBe("Jawa Tengah");
    expect(placeIn("DKI Jakarta")?.code).toBe("31");
    expect(placeIn("Provinsi Maluku")?.kind).toBe("PROVINCE");
  });

  it("prefers the city for a bare name a city and a regency share, unless told the level", () => {
    expect(placeIn("Semarang")?.name).toBe("Kota Semarang");
    expect(placeIn("Kabupaten Semarang")?.name).toBe("Kabupaten Semarang");
    expect(placeIn("Kab. Semarang")?.name).toBe("Kabupaten Semarang");
    expect(placeIn("Semarang", "regency")?.name).toBe("Kabupaten Semarang");
  });

  it("matches names written with or without spaces, and common other names", () => {
    expect(placeIn("Palangka Raya")?.code).toBe("62.71");
    expect(placeIn("Pagaralam")?.name).toBe("Kota Pagar Alam");
    expect(placeIn("Solo")?.name).toBe("Kota Surakarta");
    expect(placeIn("Jakarta Pusat")?.kind).toBe("CITY");
  });

  it("keeps 'dan' lowercase in a regency's name, so its listed abbreviation is found", () => {
    expect(placeIn("Pangkep")?.name).toBe("Kabupaten Pangkajene dan Kepulauan");
    expect(placeIn("Pangkajene dan Kepulauan")?.code).toBe("73.10");
    expect(placeIn("Boltara")?.name).toBe("Kabupaten Bolaang Mongondow Utara");
  });

  it("reads former residencies as regions of their province", () => {
    const pati = placeIn("Eks Karesidenan Pati");
    expect(pati).toMatchObject({ name: "Eks Karesidenan Pati", kind: "FORMER_RESIDENCY" });
    expect(pati?.code).toBeUndefined();
    expect(pati?.parent?.name).toBe("Jawa Tengah");
  });

  it("does not read ordinary or lowercase words as places", () => {
    expect(placeIn("Batu")).toBeUndefined();
    expect(placeIn("Kota Batu")?.kind).toBe("CITY");
    expect(placeIn("blora")).toBeUndefined();
  });

  it("lists districts with their regency", () => {
    const [gunungSugih] = districtsNamed("gunungsugih").filter((d) => d.parent?.name === "Kabupaten Lampung Tengah");
    expect(gunungSugih).toMatchObject({ kind: "DISTRICT", code: "18.02.04" });
  });
});
