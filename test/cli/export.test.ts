import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGraphML } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { runCli, SEED_DRAFT_FILE } from "./cliHarness.ts";

describe("wartagraph export", () => {
  it("writes the neighbourhood of a node named by any alias as GraphML a parser reads, and CSV tables", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "wg-export-"));
    const databaseUrl = `file:${path.join(dir, "store")}`;
    const ingest = await runCli(["ingest", SEED_DRAFT_FILE], { databaseUrl });
    expect(ingest.code, ingest.stderr).toBe(0);

    const graphmlFile = path.join(dir, "around.graphml");
    const graphml = await runCli(
      ["export", "--format", "graphml", "--around", "rutan blora", "--depth", "1", "--out", graphmlFile],
      { databaseUrl },
    );
    expect(graphml.code, graphml.stderr).toBe(0);
    const graph = parseGraphML(MultiDirectedGraph, await readFile(graphmlFile, "utf8"));
    const labels = graph.mapNodes((_node, attributes) => String(attributes.label ?? attributes.name ?? ""));
    expect(labels).toEqual(expect.arrayContaining(["Rutan Kelas IIB Blora", "Kabupaten Blora"]));
    // one hop from the Rutan: its article, parent, place and event, not the people two hops away
    expect(labels).not.toContain("Mardi Santoso");
    expect(graph.size).toBeGreaterThan(0);

    const csvDir = path.join(dir, "csv");
    const csv = await runCli(["export", "--format", "csv", "--out", csvDir], { databaseUrl });
    expect(csv.code, csv.stderr).toBe(0);
    const nodes = (await readFile(path.join(csvDir, "nodes.csv"), "utf8")).trim().split("\n");
    const edges = (await readFile(path.join(csvDir, "edges.csv"), "utf8")).trim().split("\n");
    expect(nodes.some((line) => line.includes("Hemu"))).toBe(true);
    expect(edges.length).toBeGreaterThan(1);

    const usage = await runCli(["export", "--format", "csv"], { databaseUrl });
    expect(usage.code).toBe(2);
  });
});
