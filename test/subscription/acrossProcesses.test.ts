import { type ChildProcess, spawn } from "node:child_process";
import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createApiKey } from "../../src/graph/index.ts";
import { createFeedNotifier } from "../../src/server/pubsub.ts";
import { openStore } from "../../src/store/index.ts";
import { seedText as readSeedText } from "../support/drafts.ts";
import { createScratchDatabase } from "../support/stores.ts";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const cli = new URL("../../src/cli/main.ts", import.meta.url).pathname;
const seedText = readSeedText();

/** Starts `wartagraph serve` on a free port and resolves with its GraphQL URL once it serves. */
function startServerProcess(databaseUrl: string): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, ["--import", "tsx", cli, "serve", "--port", "0", "--no-seed"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, REDIS_URL, LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk) => {
      output += chunk;
      const url = /"url":"(http:\/\/localhost:\d+\/graphql)"/.exec(output)?.[1];
      if (url) resolve({ url, process: child });
    });
    child.stderr?.on("data", (chunk) => {
      output += chunk;
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

function stop(child: ChildProcess) {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

describe("articleAdded across server processes", () => {
  let database: Awaited<ReturnType<typeof createScratchDatabase>>;
  let apiKey = "";
  const servers: ChildProcess[] = [];

  beforeAll(async () => {
    database = await createScratchDatabase("wg_feed");
    const store = await openStore({ databaseUrl: database.url, role: "test", migrate: "always" });
    try {
      apiKey = (await createApiKey(store.prisma, "feed", ["ingest"])).key;
    } finally {
      await store.close();
    }
  });

  afterAll(async () => {
    await Promise.all(servers.map(stop));
    await database?.drop();
  });

  it("carries wake-ups from one process's pubsub to another's through Redis", async () => {
    const publisher = createFeedNotifier(REDIS_URL);
    const subscriber = createFeedNotifier(REDIS_URL);
    try {
      const wakeUps = subscriber.pubsub.subscribe("articleFeedGrew");
      const received = (async () => {
        for await (const _ of wakeUps) return true;
        return false;
      })();
      // the subscription reaches Redis asynchronously; publish until it is heard
      let heard = false;
      void received.then(() => {
        heard = true;
      });
      for (let attempt = 0; attempt < 50 && !heard; attempt++) {
        publisher.pubsub.publish("articleFeedGrew");
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(await received).toBe(true);
    } finally {
      await Promise.all([publisher.close(), subscriber.close()]);
    }
  });

  it("delivers an article ingested on one server to a WebSocket subscriber of another", async () => {
    const [writer, reader] = await Promise.all([startServerProcess(database.url), startServerProcess(database.url)]);
    servers.push(writer.process, reader.process);
    const client = createClient({ url: reader.url.replace(/^http/, "ws"), webSocketImpl: WebSocket, retryAttempts: 0 });
    try {
      const first = new Promise<{ title: string; cursor: string }>((resolve, reject) => {
        client.subscribe<{ articleAdded: { cursor: string; article: { title: string } } }>(
          { query: "subscription { articleAdded { cursor article { title } } }" },
          {
            next: (result) => {
              const event = result.data?.articleAdded;
              if (event) resolve({ title: event.article.title, cursor: event.cursor });
              else reject(new Error(JSON.stringify(result.errors)));
            },
            error: reject,
            complete: () => {},
          },
        );
      });
      // give the subscription time to take its starting position on the reader
      await new Promise((resolve) => setTimeout(resolve, 500));
      const response = await fetch(writer.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` },
        body: JSON.stringify({
          query: "mutation($text: String!) { ingestArticle(input: { text: $text }) { created } }",
          variables: { text: seedText },
        }),
      });
      expect(await response.json()).toEqual({ data: { ingestArticle: { created: true } } });
      const event = await first;
      expect(event.title).toMatch(/^Kepala UPT Pemasyarakatan/);
      expect(event.cursor).toEqual(expect.any(String));
    } finally {
      await client.dispose();
    }
  }, 120_000);
});
