import { describe, expect, it } from "vitest";
import { draftReader, postsOf } from "./draftQueries.ts";

/**
 * A list of titles and their officers, "Danrem X, Brigjen A, Dandim Y, Letkol (Inf) B, …": a
 * rank right after a title's comma introduces the title's holder, so the name before the title
 * (the previous item's) never takes it, even when the officer's name is closed by a degree the
 * lexicon does not know. Every sentence is made up.
 */
const read = draftReader("Judul Berita Untuk Pengujian Ekstraksi");
const dateline = "SUKAMAJU - Upacara digelar di lapangan kodim, Senin (5/1/2026).";

describe("an officer introduced by a rank after a set-off title", () => {
  it("does not give the title to the officer of the previous item", () => {
    const draft = read(
      dateline,
      "Upacara dihadiri Danrem 072/WK, Brigjen TNI Joko Santoso SE, Dandim 0702/SKM, Letkol (Inf) Sudarmono SE MM M.XQZ, dan para camat.",
    );
    expect(postsOf(draft, "Joko Santoso")).toEqual(["Komandan Korem @ Komando Resor Militer 072/WK"]);
  });

  it("still gives a title set off after a name its holder when no rank follows", () => {
    const draft = read(dateline, "Brigjen TNI Joko Santoso, Danrem 072/WK, membuka upacara itu.");
    expect(postsOf(draft, "Joko Santoso")).toEqual(["Komandan Korem @ Komando Resor Militer 072/WK"]);
  });
});
