import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { serverNodeOptions } from "../../bench/support.ts";
import { REPO_ROOT } from "../cli/cliHarness.ts";

/**
 * The benches start each checkout's bundle with the Node options of that checkout's `npm start`,
 * so a change to them (a young-generation cap was measured in bench/results/h11-s18-server.md) is
 * measured before and after side by side.
 */
describe("serverNodeOptions (bench/support.ts)", () => {
  let checkout = "";
  afterEach(async () => {
    if (checkout) await rm(checkout, { recursive: true, force: true });
  });
  const withStart = async (start: string) => {
    checkout = await mkdtemp(path.join(tmpdir(), "wg-start-"));
    await writeFile(path.join(checkout, "package.json"), JSON.stringify({ scripts: { start } }));
    return serverNodeOptions(checkout);
  };

  it("reads the options between node and the script", async () => {
    expect(await withStart("node --max-semi-space-size=4 --no-warnings bin/wartagraph.js serve")).toEqual([
      "--max-semi-space-size=4",
      "--no-warnings",
    ]);
    expect(await withStart("node bin/wartagraph.js serve")).toEqual([]);
    // the CLI's own options after the script are not Node's
    expect(await withStart("node --no-warnings bin/wartagraph.js serve --port 4000")).toEqual(["--no-warnings"]);
  });

  it("gives Node options it accepts for this repository's start script", () => {
    expect(serverNodeOptions(REPO_ROOT).every((option) => option.startsWith("--"))).toBe(true);
  });
});
