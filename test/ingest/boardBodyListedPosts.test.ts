import { describe, expect, it } from "vitest";
import { draftReader, postsOf } from "./draftQueries.ts";

/** Posts listed after a village enterprise's or a cooperative's post (bodyOfListedPostBefore). Made-up text. */
const read = draftReader("Pemerintah Desa Sukamaju Gelar Musyawarah Desa");

describe("a post listed after the post of an association, a cooperative or an enterprise", () => {
  it("is not held at that body when it is no post such a body has", () => {
    const draft = read(
      "Kegiatan itu dihadiri Ketua BUMDes Maju Jaya, Rudi Hartono, Pendamping Desa, Rina Wulandari, dan warga.",
    );
    expect(postsOf(draft, "Rudi Hartono")).toEqual(["Ketua @ BUMDes Maju Jaya"]);
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Pendamping Desa @ -"]);
  });

  it("nor when it is a ministry's or a health post", () => {
    const draft = read(
      "Kegiatan itu dihadiri Ketua BUMDes Maju Jaya, Rudi Hartono, Penyuluh Agama Islam, Rina Wulandari, Bidan, Dewi Lestari, dan warga.",
    );
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Penyuluh Agama Islam @ -"]);
    expect(postsOf(draft, "Dewi Lestari")).toEqual(["Bidan @ -"]);
  });

  it("is still held there when it is a post of its board", () => {
    const draft = read(
      "Hadir Ketua Koperasi Tani Makmur Rudi Hartono, Wakil Ketua Rina Wulandari, Pendamping Desa Dewi Lestari dan warga.",
    );
    expect(postsOf(draft, "Rina Wulandari")).toEqual(["Wakil Ketua @ Koperasi Tani Makmur"]);
    expect(postsOf(draft, "Dewi Lestari")).toEqual(["Pendamping Desa @ -"]);
  });
});
