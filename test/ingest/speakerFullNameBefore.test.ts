import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const extractor = fileURLToPath(new URL("../../src/ingest/extract/index.ts", import.meta.url));

/**
 * Extracts in a child process with a deadline: a reading that never ends fails the test instead
 * of hanging the run (a synchronous loop cannot be interrupted in the test's own thread).
 */
function extractWithDeadline(text: string): { people: string[] } {
  const script = `
    import { extractArticle } from ${JSON.stringify(extractor)};
    const draft = extractArticle(${JSON.stringify(text)});
    process.stdout.write(JSON.stringify({ people: draft.people.map((p) => p.name) }));
  `;
  const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(run.signal, "the extraction did not finish").toBeNull();
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as { people: string[] };
}

describe("a one-word speaker whose full name was written earlier", () => {
  it("reads on after the speech verb when two people share the given name", () => {
    // "ucap Wiryo" could be either Wiryo: the reader used to jump back to the first full name
    // and read the same verb again, for ever.
    const draft = extractWithDeadline(
      [
        "Para Kepala Nagari Sukamaju Dilantik",
        "",
        "SUKAMAJU – Walinagari Sukatani, Kecamatan Sukaluyu, Wiryo A, tengah sakit.",
        "",
        "Kepala Dinas PMD Sukamaju, Wiryo Pranoto, menyampaikan selamat.",
        "",
        "“Jangan ada walinagari terseret,” ucap Wiryo.",
      ].join("\n"),
    );
    expect(draft.people).toEqual(expect.arrayContaining(["Wiryo A", "Wiryo Pranoto"]));
  });
});
