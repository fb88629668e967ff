import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { config } from "../../config.ts";
import { ingestArticleText, writeArticleDraft } from "../../graph/index.ts";
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
import { StoreLockedError } from "../../store/index.ts";
import { EXIT_FAILURE, EXIT_INTERRUPTED, UsageError } from "../errors.ts";
import { plural, printResult, say, startProgress } from "../output.ts";
import { ingestThroughServer } from "../serverClient.ts";
import { openCliStore } from "../store.ts";

interface IngestOptions {
  server?: string;
  apiKey?: string;
  json?: boolean;
}

/** Where articles go: straight into the store, or through a running server's GraphQL API. */
interface ArticleSink {
  write(input: ArticleInput): Promise<{ created: boolean }>;
  close(): Promise<void>;
}

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
      const sink = options.server ? serverSink(options.server, apiKey as string) : await openSink(apiKey);
      // Ctrl-C (or SIGTERM) stops after the article being written, so the store is closed cleanly rather than mid-write
      const interruption = { requested: false };
      const interrupt = () => {
        interruption.requested = true;
        say("interrupted: stopping after the current article");
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
    const store = await openCliStore();
    const prisma = store.prisma;
    // with REDIS_URL, servers' articleAdded subscribers hear of new articles at once (they
    // would find them in the feed at their next poll anyway, so a Redis outage only warns)
    const redisUrl = config().redisUrl;
    const notifier = redisUrl
      ? createFeedNotifier(redisUrl, {
          logger: { warn: (_fields, message) => say(`warning: ${message}`), info: () => {}, debug: () => {} },
        })
      : undefined;
    return {
      write: async (input) => {
        const written =
          input.kind === "draft"
            ? await writeArticleDraft(prisma, input.draft)
            : await ingestArticleText(prisma, input.text, {
                ...(input.url ? { url: input.url } : {}),
                ...(input.source ? { source: input.source } : {}),
              });
        // an update can grow the change feed too (ARTICLE_UPDATED, new people): always wake
        notifier?.pubsub.publish("articleFeedGrew");
        return written;
      },
      close: async () => {
        await notifier?.close();
        await store.close();
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
  return {
    write: async (input) => {
      if (input.kind === "draft") {
        throw new Error(
          "an article draft cannot go through the server (its ingestArticle mutation takes article text); stop the server and ingest the drafts directly",
        );
      }
      return ingestThroughServer(graphqlUrl, apiKey, {
        text: input.text,
        ...(input.url ? { url: input.url } : {}),
        ...(input.source ? { source: input.source } : {}),
      });
    },
    close: async () => {},
  };
}

/** Writes every record, each in its own transaction: a failed one leaves the graph as it was and the rest go on. */
async function ingestAll(inputs: ReadInput[], sink: ArticleSink, stopRequested: () => boolean): Promise<FileTally[]> {
  const total = inputs.reduce((sum, input) => sum + input.records.length, 0);
  const progress = startProgress("ingest", total);
  const tallies: FileTally[] = [];
  try {
    for (const input of inputs) {
      const tally: FileTally = { path: input.label, created: 0, updated: 0, failed: 0 };
      tallies.push(tally);
      for (const record of input.records) {
        if (stopRequested()) return tallies;
        const where = record.line === undefined ? input.label : `${input.label}:${record.line}`;
        if (record.error !== undefined) {
          tally.failed++;
          progress.log(`${where}: ${record.error}`);
        } else {
          try {
            const { created } = await sink.write(record.input);
            if (created) tally.created++;
            else tally.updated++;
          } catch (error) {
            tally.failed++;
            progress.log(`${where}: ${describeFailure(error)}`);
          }
        }
        progress.advance();
        await yieldToEventLoop();
      }
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
