import { randomBytes } from "node:crypto";
import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey, writeArticleDraft } from "../../src/graph/index.ts";
import { parseArticleDraft } from "../../src/ingest/draft.ts";
import { changeCursorOf } from "../../src/schema/changeFeedReader.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { seedText, syntheticDraft } from "../support/drafts.ts";
import { type ServerProcess, spareTcpPort, startServerProcess } from "../support/processes.ts";
import { createScratchDatabase } from "../support/stores.ts";

/** The machine's NATS with JetStream (shared: each test uses a stream of its own and deletes it). */
const NATS_URL = process.env.TEST_NATS_URL ?? "nats://127.0.0.1:4222";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface RelayedMessage {
  subject: string;
  msgId: string | undefined;
  data: { kind: string; cursor: string; sequence: string; url: string | null; articleId: string | null };
}

describe("the JetStream relay", () => {
  let database: Awaited<ReturnType<typeof createScratchDatabase>>;
  let writer: Store;
  let nats: NatsConnection;
  let apiKey = "";
  const streams: string[] = [];
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    database = await createScratchDatabase("wg_nats");
    writer = await openStore({ databaseUrl: database.url, role: "test", migrate: "always", poolSize: 2 });
    apiKey = (await createApiKey(writer.prisma, "relay", ["ingest"])).key;
    nats = await connect({ servers: NATS_URL });
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    const jsm = await jetstreamManager(nats);
    for (const stream of streams) await jsm.streams.delete(stream).catch(() => {});
    await nats?.close();
    await writer?.close();
    await database?.drop();
  });

  const newStream = () => {
    const name = `WG_TEST_${randomBytes(5).toString("hex").toUpperCase()}`;
    streams.push(name);
    return name;
  };

  async function messagesIn(stream: string): Promise<number> {
    const jsm = await jetstreamManager(nats);
    try {
      return (await jsm.streams.info(stream)).state.messages;
    } catch {
      return 0;
    }
  }

  /** Every message of the stream, read once from the start by an ordered consumer of the test's own. */
  async function readStream(stream: string): Promise<RelayedMessage[]> {
    const total = await messagesIn(stream);
    const consumer = await jetstream(nats).consumers.get(stream);
    const read: RelayedMessage[] = [];
    while (read.length < total) {
      const batch = await consumer.fetch({ max_messages: total - read.length, expires: 5000 });
      for await (const message of batch) {
        read.push({
          subject: message.subject,
          msgId: message.headers?.get("Nats-Msg-Id"),
          data: message.json(),
        });
      }
    }
    return read;
  }

  async function allCursors(): Promise<string[]> {
    const events = await writer.prisma.changeEvent.findMany({
      orderBy: { sequence: "asc" },
      select: { sequence: true },
    });
    return events.map((event) => changeCursorOf(event.sequence));
  }

  async function waitForMessages(stream: string, count: number, timeoutMs = 60_000) {
    const deadline = performance.now() + timeoutMs;
    while ((await messagesIn(stream)) < count) {
      if (performance.now() > deadline) throw new Error(`the stream has ${await messagesIn(stream)} of ${count}`);
      await sleep(100);
    }
  }

  it("relays every change once, in order, across a SIGKILL of the server mid-relay", async () => {
    const stream = newStream();
    const env = { DATABASE_URL: database.url, NATS_URL, WARTAGRAPH_NATS_STREAM: stream };
    let server = await startServerProcess(env);
    servers.push(server);
    const written = (async () => {
      for (let index = 1; index <= 20; index++) {
        await writeArticleDraft(writer.prisma, parseArticleDraft(syntheticDraft(index)));
        await sleep(20);
      }
    })();
    await waitForMessages(stream, 5);
    server.process.kill("SIGKILL");
    await server.exited;
    const relayedBeforeKill = await messagesIn(stream);
    await written;
    const expected = await allCursors();
    expect(relayedBeforeKill).toBeLessThan(expected.length);

    server = await startServerProcess(env);
    servers.push(server);
    await waitForMessages(stream, expected.length);
    // a little longer: a repeat would show up as a message beyond the count
    await sleep(1000);

    const messages = await readStream(stream);
    expect(messages.map((message) => message.data.cursor)).toEqual(expected);
    expect(messages.map((message) => message.msgId)).toEqual(expected);
    const added = messages.filter((message) => message.data.kind === "ARTICLE_ADDED");
    expect(added).toHaveLength(20);
    for (const message of added) {
      expect(message.subject).toBe(`${stream.toLowerCase()}.article_added.${message.data.articleId}`);
      expect(message.data.url).toMatch(/^https:\/\/news\.example\.test\/artikel\/\d+$/);
    }
    expect(new Set(messages.map((message) => message.subject.split(".")[1]))).toEqual(
      new Set(["article_added", "person_added", "position_reported"]),
    );
    expect(await server.stop()).toBe(0);
  }, 180_000);

  it("lets one process of two relay, and the other take over when it goes", async () => {
    const stream = newStream();
    const env = { DATABASE_URL: database.url, NATS_URL, WARTAGRAPH_NATS_STREAM: stream };
    const [first, second] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
    servers.push(first, second);
    await waitForMessages(stream, (await allCursors()).length);
    const relaying = [first, second].filter((server) => /relaying the change feed to JetStream/.test(server.output()));
    expect(relaying).toHaveLength(1);
    const [active] = relaying;
    const standby = active === first ? second : first;
    active?.process.kill("SIGKILL");
    await writeArticleDraft(writer.prisma, parseArticleDraft(syntheticDraft(101)));
    const expected = await allCursors();
    await waitForMessages(stream, expected.length);
    expect(standby.output()).toMatch(/relaying the change feed to JetStream/);
    expect((await readStream(stream)).map((message) => message.data.cursor)).toEqual(expected);
    expect(await standby.stop()).toBe(0);
  }, 180_000);

  it("keeps serving when NATS cannot be reached, and says so once", async () => {
    const closedPort = await spareTcpPort();
    const server = await startServerProcess({
      DATABASE_URL: database.url,
      NATS_URL: `nats://127.0.0.1:${closedPort}`,
      WARTAGRAPH_NATS_STREAM: newStream(),
    });
    servers.push(server);
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` },
      body: JSON.stringify({
        query: "mutation($text: String!, $url: URL) { ingestArticle(input: { text: $text, url: $url }) { created } }",
        variables: { text: seedText(), url: "https://news.example.test/while-nats-is-down" },
      }),
    });
    expect(await response.json()).toEqual({ data: { ingestArticle: { created: true } } });
    // the relay's first attempt may come late on a busy machine: wait for its warning, then let
    // several retries go by
    for (
      let waited = 0;
      !/cannot relay the change feed to JetStream/.test(server.output()) && waited < 60_000;
      waited += 100
    )
      await sleep(100);
    await sleep(3000);
    const changes = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ changes(first: 1) { edges { cursor } } }" }),
    });
    expect(((await changes.json()) as { data?: unknown }).data).toBeTruthy();
    expect(server.alive()).toBe(true);
    expect(server.output().match(/cannot relay the change feed to JetStream/g)).toHaveLength(1);
    expect(await server.stop()).toBe(0);
  }, 120_000);
});
