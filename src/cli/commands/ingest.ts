import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { config } from "../../config.ts";
import { countUncountedArticles } from "../../graph/coMentions.ts";
import { type ExtractionSettled, extractionPool, startExtractionThreads } from "../../graph/extractionPool.ts";
import { type BulkOutcome, writeArticleDrafts } from "../../graph/index.ts";
import type { ArticleDraft } from "../../ingest/draft.ts";
import {
  type ArticleInput,
  formatOfStdin,
  type InputFile,
  InputPathError,
  type InputRecord,
  listInputFiles,
  readInputRecords,
  STDIN_PATH,
} from "../../ingest/readInputs.ts";
import { createFeedNotifier } from "../../server/pubsub.ts";
import { openStore, StoreLockedError } from "../../store/index.ts";
import { EXIT_FAILURE, EXIT_INTERRUPTED, UsageError } from "../errors.ts";
import { graphCounter } from "../ingestCounts.ts";
import { plural, printResult, say, startProgress } from "../output.ts";
import { ingestThroughServer } from "../serverClient.ts";

interface IngestOptions {
  server?: string;
  apiKey?: string;
  json?: boolean;
}

/** Where articles go: straight into the store, or through a running server's GraphQL API. */
interface ArticleSink {
  /**
   * Writes the inputs in order, each all or nothing, and says how each went. Raw text is read
   * into a draft first (in the extraction threads, several articles per task); a store writes many
   * drafts per transaction (writeArticleDrafts), a server takes one article per request.
   */
  read(inputs: readonly ArticleInput[]): Promise<Read[]>;
  /** writes what `read` made of the inputs that it could read */
  write(read: readonly ReadArticle[]): Promise<Settled[]>;
  close(): Promise<void>;
}

/** An input made ready to write: a store reads raw text into a draft, a server takes the input as it is. */
type ReadArticle = ArticleInput | { kind: "extracted"; draft: ArticleDraft };
type Read = { ok: true; value: ReadArticle } | { ok: false; error: unknown };
type Settled = { ok: true; created: boolean } | { ok: false; error: unknown };

/** Records written per round: one round is extracted while the one before it is written. */
const RECORDS_PER_ROUND = 200;
/**
 * The first round is smaller, and each next one twice the size up to RECORDS_PER_ROUND: nothing
 * is written while the first round is read, so a small one starts the writes sooner.
 */
const RECORDS_IN_FIRST_ROUND = 25;
/**
 * New articles written before their graph counts are brought up to date (countUncountedArticles):
 * counting many at once writes a recurring co-mention pair once instead of once per round, and
 * readers wait for about this many articles for the counts (see ingestCounts.ts).
 */
const ARTICLES_PER_COUNT = 2_000;
interface FileTally {
  path: string;
  created: number;
  updated: number;
  failed: number;
}

const STDIN_LABEL = "<stdin>";

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("read articles into the graph from text, JSONL or JSON files, directories, or - for stdin")
    .argument("<paths...>", "files, directories, or - for stdin")
    .option(
      "--server <graphql url>",
      "send articles through a running server's ingestArticle mutation instead of opening the store (needs an API key)",
    )
    .option("--api-key <key>", "API key with the ingest scope for --server (default: $WARTAGRAPH_API_KEY)")
    .option("--json", "print the summary as JSON")
    .addHelpText(
      "after",
      "\nFormats: *.txt is one plain-text article; *.jsonl has one JSON object per line, either a raw article\n" +
        '{"text", "url"?, "source"?} (extracted) or an article draft {"extractorVersion", "article", …} (written as is);\n' +
        "*.json is one such object. Directories are read recursively. Stdin is JSONL when it starts with {.\n" +
        "\nAn embedded store is opened by one process at a time. When a server holds it and an API key is given,\n" +
        "plain-text and raw JSONL articles go through that server; article drafts cannot (its mutation takes text).\n" +
        "Exit code: 0 when every article went in, 1 when some failed, 2 for usage errors.",
    )
    .action(async (paths: string[], options: IngestOptions) => {
      const apiKey = options.apiKey ?? config().apiKey;
      if (options.server !== undefined) {
        if (!/^https?:\/\/\S+$/.test(options.server)) {
          throw new UsageError(`--server "${options.server}" is not an http(s) URL of a GraphQL endpoint`);
        }
        if (!apiKey) {
          throw new UsageError(
            "--server needs an API key with the ingest scope: --api-key <key> or WARTAGRAPH_API_KEY",
          );
        }
      }
      const inputs = await readInputs(paths);
      // raw text for the store: the extraction threads load the extractor while the store opens
      if (!options.server && inputs.some((input) => input.records.some((r) => r.input?.kind === "raw"))) {
        startExtractionThreads();
      }
      const sink = options.server ? serverSink(options.server, apiKey as string) : await openSink(apiKey);
      // Ctrl-C (or SIGTERM) stops after the round of articles being written, so the store is closed cleanly rather than mid-write
      const interruption = { requested: false };
      const interrupt = () => {
        interruption.requested = true;
        say("interrupted: stopping once the articles being written are in");
      };
      process.once("SIGINT", interrupt);
      process.once("SIGTERM", interrupt);
      let tallies: FileTally[];
      try {
        tallies = await ingestAll(inputs, sink, () => interruption.requested);
      } finally {
        process.off("SIGINT", interrupt);
        process.off("SIGTERM", interrupt);
        await sink.close();
      }
      printSummary(tallies, options.json === true);
      if (tallies.some((t) => t.failed > 0)) process.exitCode = EXIT_FAILURE;
      if (interruption.requested) process.exitCode = EXIT_INTERRUPTED;
    });
}

interface ReadInput {
  label: string;
  records: InputRecord[];
}

async function readInputs(paths: string[]): Promise<ReadInput[]> {
  let files: InputFile[];
  try {
    files = await listInputFiles(paths);
  } catch (error) {
    if (error instanceof InputPathError) throw new UsageError(error.message);
    throw error;
  }
  const inputs: ReadInput[] = [];
  for (const file of files) {
    if (file.path === STDIN_PATH) {
      const content = await readStdin();
      inputs.push({ label: STDIN_LABEL, records: readInputRecords(content, formatOfStdin(content)) });
      continue;
    }
    try {
      inputs.push({ label: file.path, records: readInputRecords(await readFile(file.path, "utf8"), file.format) });
    } catch (error) {
      inputs.push({ label: file.path, records: [{ error: `cannot read the file: ${(error as Error).message}` }] });
    }
  }
  return inputs;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function openSink(apiKey: string | undefined): Promise<ArticleSink> {
  try {
    // Prisma's query engine is not started: new articles and their counts go to the store's
    // driver (bulkSql.ts); a draft that updates a stored article starts it when it comes
    const store = await openStore({ databaseUrl: config().databaseUrl, role: "cli", connect: false });
    const prisma = store.prisma;
    const counts = graphCounter({
      count: () => countUncountedArticles(prisma),
      articlesPerCount: ARTICLES_PER_COUNT,
      inBackground: store.location.kind === "postgres",
    });
    // with REDIS_URL, servers' articleAdded subscribers hear of new articles at once (they
    // would find them in the feed at their next poll anyway, so a Redis outage only warns)
    const redisUrl = config().redisUrl;
    const notifier = redisUrl
      ? createFeedNotifier(redisUrl, {
          logger: { warn: (_fields, message) => say(`warning: ${message}`), info: () => {}, debug: () => {} },
        })
      : undefined;
    return {
      read: async (inputs) => {
        const raw = inputs.flatMap((input) =>
          input.kind === "raw"
            ? [
                {
                  text: input.text,
                  options: {
                    ...(input.url ? { url: input.url } : {}),
                    ...(input.source ? { source: input.source } : {}),
                  },
                },
              ]
            : [],
        );
        const extracted = raw.length > 0 ? await extractionPool().extractAll(raw) : [];
        let next = 0;
        return inputs.map((input): Read => {
          if (input.kind === "draft") return { ok: true, value: input };
          const settled = extracted[next++] as ExtractionSettled;
          return settled.ok ? { ok: true, value: { kind: "extracted", draft: settled.draft } } : settled;
        });
      },
      write: async (read) => {
        const drafts = read.map((article) => {
          if (article.kind === "raw") throw new Error("raw text reaches the store only as a draft"); // read() made it one
          return article.draft;
        });
        const written = await writeArticleDrafts(prisma, drafts, { deferGraphCounts: true });
        await counts.written(written.length);
        // an update can grow the change feed too (ARTICLE_UPDATED, new people): always wake
        if (written.length > 0) notifier?.pubsub.publish("articleFeedGrew");
        return written.map(settledOf);
      },
      close: async () => {
        try {
          // also when interrupted or failing: what was written leaves with its counts
          await counts.finish();
        } finally {
          await notifier?.close();
          await store.close();
        }
      },
    };
  } catch (error) {
    if (!(error instanceof StoreLockedError)) throw error;
    const serverUrl = error.holder.serverUrl;
    if (serverUrl && apiKey) {
      say(
        `The store is held by the server at ${serverUrl} (process ${error.holder.pid}); sending the articles through it.`,
      );
      return serverSink(serverUrl, apiKey);
    }
    if (serverUrl) {
      throw new Error(
        `${error.message} Or give an API key with the ingest scope (--api-key or WARTAGRAPH_API_KEY) and ingest sends the articles through that server.`,
      );
    }
    throw error;
  }
}

function serverSink(graphqlUrl: string, apiKey: string): ArticleSink {
  const write = async (input: ReadArticle) => {
    if (input.kind !== "raw") {
      throw new Error(
        "an article draft cannot go through the server (its ingestArticle mutation takes article text); stop the server and ingest the drafts directly",
      );
    }
    return ingestThroughServer(graphqlUrl, apiKey, {
      text: input.text,
      ...(input.url ? { url: input.url } : {}),
      ...(input.source ? { source: input.source } : {}),
    });
  };
  return {
    read: async (inputs) => inputs.map((value) => ({ ok: true, value })),
    write: async (inputs) => {
      const settled: Settled[] = [];
      for (const input of inputs) {
        try {
          settled.push({ ok: true, created: (await write(input)).created });
        } catch (error) {
          settled.push({ ok: false, error });
        }
      }
      return settled;
    },
    close: async () => {},
  };
}

const settledOf = (outcome: BulkOutcome): Settled =>
  outcome.ok ? { ok: true, created: outcome.result.created } : { ok: false, error: outcome.error };

/**
 * Writes every record, each all or nothing: a failed one leaves the graph as it was and the rest
 * go on. Records go in rounds; the next round is read (extracted) while the current one is
 * written, and a stop request is honoured between rounds.
 */
async function ingestAll(inputs: ReadInput[], sink: ArticleSink, stopRequested: () => boolean): Promise<FileTally[]> {
  const total = inputs.reduce((sum, input) => sum + input.records.length, 0);
  const progress = startProgress("ingest", total);
  const tallies: FileTally[] = [];
  const queue: { tally: FileTally; where: string; record: InputRecord }[] = [];
  for (const input of inputs) {
    const tally: FileTally = { path: input.label, created: 0, updated: 0, failed: 0 };
    tallies.push(tally);
    for (const record of input.records) {
      queue.push({ tally, where: record.line === undefined ? input.label : `${input.label}:${record.line}`, record });
    }
  }
  const fail = (item: (typeof queue)[number], message: string) => {
    item.tally.failed++;
    progress.log(`${item.where}: ${message}`);
  };
  const readRound = (start: number, size: number) => {
    const round = queue.slice(start, start + size);
    const readable = round.flatMap((item) => (item.record.error === undefined ? [item.record.input] : []));
    return { round, end: start + round.length, read: sink.read(readable) };
  };
  try {
    let current = queue.length > 0 ? readRound(0, RECORDS_IN_FIRST_ROUND) : undefined;
    while (current) {
      const { round, end, read } = current;
      const articles = await read;
      if (stopRequested()) break;
      // the next round is read while this one is written
      current = end < queue.length ? readRound(end, Math.min(RECORDS_PER_ROUND, round.length * 2)) : undefined;
      const settled = await sink.write(articles.flatMap((a) => (a.ok ? [a.value] : [])));
      let nextRead = 0;
      let nextWritten = 0;
      for (const item of round) {
        if (item.record.error !== undefined) {
          fail(item, item.record.error);
        } else {
          const article = articles[nextRead++] as Read;
          const outcome = article.ok ? (settled[nextWritten++] as Settled) : article;
          if (!outcome.ok) fail(item, describeFailure(outcome.error));
          else if (outcome.created) item.tally.created++;
          else item.tally.updated++;
        }
        progress.advance();
      }
      await yieldToEventLoop();
    }
  } finally {
    progress.stop();
  }
  return tallies;
}

/**
 * An embedded store answers without real I/O, so a run of articles can be one long chain of
 * promises; a turn of the event loop lets the progress bar redraw and a Ctrl-C be noticed.
 */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === "ExtractionError") return `cannot read the article: ${error.message}`;
  return error.message.trim();
}

function printSummary(tallies: FileTally[], asJson: boolean): void {
  const total = tallies.reduce(
    (sum, t) => ({ created: sum.created + t.created, updated: sum.updated + t.updated, failed: sum.failed + t.failed }),
    { created: 0, updated: 0, failed: 0 },
  );
  if (asJson) {
    printResult(JSON.stringify({ files: tallies, total }));
    return;
  }
  const counts = (t: { created: number; updated: number; failed: number }) =>
    `${t.created} created, ${t.updated} updated, ${t.failed} failed`;
  for (const tally of tallies) printResult(`${tally.path}: ${counts(tally)}`);
  printResult(`total: ${counts(total)} (${plural(tallies.length, "input")})`);
}
