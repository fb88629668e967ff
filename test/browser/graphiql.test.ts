import { copyFileSync, mkdirSync } from "node:fs";
import type { Browser, Locator } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { RunningServer } from "../../src/server/start.ts";
import { artifactPath, launchChromium, offlinePage, startSeededServer } from "./browser.ts";

/** The editors' text with Monaco's non-breaking spaces and wrapped lines folded to single spaces. */
async function visibleText(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/\s+/g, " ");
}

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startSeededServer();
  browser = await launchChromium();
  // the build, a fresh store and Chromium's start share two cores with the rest of the suite
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it("serves GraphiQL without the internet, and its first tab runs the institution page", async () => {
  const { page, blocked, pageErrors } = await offlinePage(browser);
  await page.goto(server.url.replace("localhost", "127.0.0.1"), { waitUntil: "load" });
  await page.locator(".graphiql-container").first().waitFor({ timeout: 30_000 });

  // the first tab opens with the operation as written, not yoga's welcome comment
  const editor = page.locator(".graphiql-query-editor").first();
  await expect.poll(() => visibleText(editor), { timeout: 20_000 }).toContain("InstitutionPage");
  await page.locator(".graphiql-execute-button").first().click();

  const response = page.locator(".graphiql-response").first();
  await expect.poll(() => visibleText(response), { timeout: 20_000 }).toContain('"name": "Rutan Kelas IIB Blora"');
  const text = await visibleText(response);
  expect(text).not.toContain("Syntax Error");
  expect(text).toContain('"type": "RUTAN"');

  // the headers editor carries the API key hint
  expect(await visibleText(page.locator(".graphiql-editor-tool").first())).toContain("Bearer <key>");

  expect(blocked).toEqual([]);
  expect(pageErrors).toEqual([]);
  const shot = artifactPath("graphiql.png");
  await page.screenshot({ path: shot });
  if (process.env.UPDATE_DOCS_SCREENSHOTS) {
    mkdirSync("docs", { recursive: true });
    copyFileSync(shot, "docs/graphiql.png");
  }
});
