import type { Command } from "commander";
import { reextractArticles } from "../../graph/reextract.ts";
import { EXTRACTOR_VERSION } from "../../ingest/extract/index.ts";
import { EXIT_FAILURE, EXIT_INTERRUPTED } from "../errors.ts";
import { type Progress, plural, printResult, say, startProgress } from "../output.ts";
import { withCliStore } from "../store.ts";

interface ReextractCommandOptions {
  all?: boolean;
  includeCurated?: boolean;
  json?: boolean;
}

export function registerReextract(program: Command): void {
  program
    .command("reextract")
    .description(`re-run the current extractor (${EXTRACTOR_VERSION}) over articles another version read`)
    .option("--all", "re-extract every article, whatever extractor read it")
    .option(
      "--include-curated",
      "also re-extract curated articles: their curated facts stay, their article fields are replaced",
    )
    .option("--json", "print the summary as JSON")
    .action(async (options: ReextractCommandOptions) => {
      let progress: Progress | undefined;
      const interruption = new AbortController();
      const interrupt = () => {
        say("interrupted: stopping after the current article");
        interruption.abort();
      };
      process.once("SIGINT", interrupt);
      process.once("SIGTERM", interrupt);
      const result = await withCliStore(async (store) => {
        try {
          return await reextractArticles(store.prisma, {
            all: options.all === true,
            includeCurated: options.includeCurated === true,
            signal: interruption.signal,
            onProgress: ({ done, total, failure }) => {
              if (done === 0) {
                progress = startProgress("reextract", total);
                return;
              }
              if (failure) progress?.log(`${failure.slug || failure.articleId}: ${failure.message}`);
              progress?.advance();
            },
          });
        } finally {
          progress?.stop();
          process.off("SIGINT", interrupt);
          process.off("SIGTERM", interrupt);
        }
      });
      if (options.json) {
        printResult(JSON.stringify({ extractorVersion: EXTRACTOR_VERSION, ...result }));
      } else {
        printResult(
          `reextracted ${result.reextracted} of ${plural(result.total, "article")} with ${EXTRACTOR_VERSION}, ${result.failures.length} failed, ${result.skippedCurated} curated skipped`,
        );
        if (result.skippedCurated > 0 && !options.includeCurated) {
          say("curated articles keep their hand-checked fields; --include-curated re-extracts them too");
        }
      }
      if (result.failures.length > 0) process.exitCode = EXIT_FAILURE;
      if (interruption.signal.aborted) process.exitCode = EXIT_INTERRUPTED;
    });
}
