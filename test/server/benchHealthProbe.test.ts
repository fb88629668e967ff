import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, expect, it } from "vitest";
import { healthAnswers } from "../../bench/support.ts";

/** bench/startup.ts polls /health with healthAnswers: a server that accepts and never answers must not stall it. */

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function serving(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/health`;
}

it("gives up on a server that holds the request without answering", async () => {
  // the handler never responds: only the probe's own timeout ends the request
  const url = await serving(() => {});
  expect(await healthAnswers(url, 50)).toBe(false);
}, 20_000);

it("is true for a 200 and false for a 503 or a port nobody listens on", async () => {
  expect(await healthAnswers(await serving((_request, response) => response.end("{}")))).toBe(true);
  const starting = await serving((_request, response) => {
    response.statusCode = 503;
    response.end();
  });
  expect(await healthAnswers(starting)).toBe(false);
  const closed = await serving(() => {});
  const server = servers.pop() as Server;
  await new Promise((resolve) => server.close(resolve));
  expect(await healthAnswers(closed)).toBe(false);
});
