import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { serverNodeOptions } from "../../bench/support.ts";
import { REPO_ROOT } from "../cli/cliHarness.ts";

/**
 * `npm start` gives the server a young generation of 4 MB a semi-space instead of V8's 16: after
 * a few pages V8 had grown it to its 32 MB at most, a tenth of the server's memory on PGlite (issue
 * 11, bench/results/h11-s18-server.md). The benches start the bundle with the same options.
 */
describe("the Node options of npm start", () => {
  it("cap the young generation, and Node takes them", () => {
    const options = serverNodeOptions(REPO_ROOT);
    expect(options).toContain("--max-semi-space-size=4");
    // the new space holds two semi-spaces; allocate enough to make V8 grow it as far as it may
    const probe = spawnSync(
      process.execPath,
      [
        ...options,
        "-e",
        `let kept = []; for (let i = 0; i < 2e6; i++) { kept.push({ i, list: [i] }); if (kept.length > 50000) kept = []; }
         const space = require("node:v8").getHeapSpaceStatistics().find((s) => s.space_name === "new_space");
         console.log(space.space_size);`,
      ],
      { encoding: "utf8" },
    );
    expect(probe.status, probe.stderr).toBe(0);
    expect(Number(probe.stdout.trim())).toBeLessThanOrEqual(8 * 1024 * 1024);
  });
});
