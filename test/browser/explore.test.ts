import { copyFileSync, mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildExplorer } from "../../scripts/build-explore.ts";
import type { RunningServer } from "../../src/server/start.ts";
import { artifactPath, launchChromium, offlinePage, startSeededServer } from "./browser.ts";

let server: RunningServer;
let browser: Browser;
let origin = "";

beforeAll(async () => {
  // the page under test is the current source, not whatever the last install built
  await buildExplorer();
  server = await startSeededServer();
  origin = new URL(server.url.replace("localhost", "127.0.0.1")).origin;
  browser = await launchChromium();
  // the build, a fresh store and Chromium's start share two cores with the rest of the suite
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type ExplorerWindow = {
  explorer: {
    cy: {
      nodes(): { map<T>(f: (node: { id(): string; data(key: string): string }) => T): T[] };
      edges(): { map<T>(f: (edge: { data(key: string): string }) => T): T[] };
      getElementById(id: string): { renderedPosition(): { x: number; y: number } };
    };
  };
};

const drawnNodes = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as ExplorerWindow).explorer.cy.nodes().map((node) => ({
      id: node.id(),
      label: node.data("label"),
      kind: node.data("kind"),
      shape: node.data("shape"),
      color: node.data("color"),
    })),
  );

const drawnEdges = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as ExplorerWindow).explorer.cy
      .edges()
      .map((edge) => ({ source: edge.data("source"), target: edge.data("target"), kind: edge.data("kind") })),
  );

/** Clicks a drawn node where it is on the canvas, as a person would. */
async function clickNode(page: Page, id: string): Promise<void> {
  const position = await page.evaluate(
    (nodeId) => (window as unknown as ExplorerWindow).explorer.cy.getElementById(nodeId).renderedPosition(),
    id,
  );
  const box = await page.locator("#graph").boundingBox();
  if (!box) throw new Error("the graph is not on the page");
  await page.mouse.click(box.x + position.x, box.y + position.y);
}

it("searches Rutan Blora, draws its network, expands Mardi Santoso on a click and shows the evidence", async () => {
  const { page, blocked, pageErrors } = await offlinePage(browser);
  await page.goto(`${origin}/explore`);
  await page.locator("#search").fill("Rutan Blora");
  await page.locator("#search").press("Enter");
  // alias-aware: "Rutan Blora" is an alias of the canonical name
  await page.getByRole("button", { name: /Rutan Kelas IIB Blora/ }).click();

  await expect.poll(async () => (await drawnNodes(page)).length, { timeout: 20_000 }).toBeGreaterThan(5);
  const first = await drawnNodes(page);
  const firstEdges = await drawnEdges(page);
  // Rutan Blora's own view has no position of Mardi Santoso: the click must add it
  expect(firstEdges.filter((edge) => edge.kind === "HOLDS_POSITION")).toEqual([]);
  const rutan = first.find((node) => node.label === "Rutan Kelas IIB Blora");
  expect(rutan).toMatchObject({ kind: "Institution", shape: "round-rectangle" });
  const mardi = first.find((node) => node.label === "Mardi Santoso");
  if (!mardi) throw new Error(`Mardi Santoso is not drawn: ${first.map((node) => node.label).join(", ")}`);
  expect(mardi).toMatchObject({ kind: "Person", shape: "ellipse" });
  expect(mardi.color).not.toBe(rutan?.color);
  expect(new URL(page.url()).searchParams.get("focus")).toBe(rutan?.id);
  await page.screenshot({ path: artifactPath("explore-rutan-blora.png") });

  await clickNode(page, mardi.id);
  await expect.poll(() => page.locator("#panel h2").innerText(), { timeout: 20_000 }).toContain("Mardi Santoso");
  const expandedNodes = await drawnNodes(page);
  // the click drew his own relations: the position he holds at the Kanwil and who he appears with
  const kanwil = expandedNodes.find((node) =>
    node.label.startsWith("Kantor Wilayah Direktorat Jenderal Pemasyarakatan"),
  );
  const edges = await drawnEdges(page);
  expect(edges).toContainEqual({ source: mardi.id, target: kanwil?.id, kind: "HOLDS_POSITION" });
  expect(edges.filter((edge) => edge.source === mardi.id && edge.kind === "APPEARS_WITH").length).toBeGreaterThan(0);
  expect(edges.length).toBeGreaterThan(firstEdges.length);

  const articles = page.locator("#articles li");
  await expect.poll(() => articles.count()).toBeGreaterThan(0);
  expect(await articles.first().innerText()).toMatch(/Rutan Blor.* · 2025-11-29/);
  // the seed article has no url: its link opens it in GraphiQL instead
  expect(await page.locator("#articles a").first().getAttribute("href")).toMatch(/^(https?:\/\/|\/graphql\?query=)/);
  expect(await page.locator("#positions").innerText()).toMatch(/Kepala Kantor Wilayah/);
  expect(await page.locator("#timeline").innerText()).toMatch(/2025-11-29 · event: .*LEAD/);
  expect(new URL(page.url()).searchParams.get("focus")).toBe(mardi.id);

  // the URL is the view: opening it elsewhere draws the same nodes, focused on Mardi Santoso
  const { page: shared } = await offlinePage(browser);
  await shared.goto(page.url());
  await expect.poll(() => shared.locator("#panel h2").innerText(), { timeout: 20_000 }).toContain("Mardi Santoso");
  expect((await drawnNodes(shared)).length).toBe(expandedNodes.length);

  expect(blocked).toEqual([]);
  expect(pageErrors).toEqual([]);
  const shot = artifactPath("explore.png");
  await page.screenshot({ path: shot });
  if (process.env.UPDATE_DOCS_SCREENSHOTS) {
    mkdirSync("docs", { recursive: true });
    copyFileSync(shot, "docs/explore.png");
  }
});
