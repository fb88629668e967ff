import cliProgress from "cli-progress";

/**
 * The CLI speaks to people on stderr and prints results (summaries, keys) on stdout, so that
 * `wartagraph apikey create x > key.txt` or a pipe into another tool gets only the result.
 */
export function say(message: string): void {
  process.stderr.write(`${message}\n`);
}

export function printResult(line: string): void {
  process.stdout.write(`${line}\n`);
}

export interface Progress {
  /** moves the progress on by one item */
  advance(): void;
  /** a message above the bar (or on its own line without a terminal) */
  log(message: string): void;
  stop(): void;
}

/** Plain lines when stderr is not a terminal (CI logs, pipes), at most this often. */
const PLAIN_PROGRESS_INTERVAL_MS = 5_000;

/** A progress bar on a terminal; otherwise an occasional "label: done/total" line. */
export function startProgress(label: string, total: number): Progress {
  if (process.stderr.isTTY) {
    const bars = new cliProgress.MultiBar(
      {
        stream: process.stderr,
        format: `${label} [{bar}] {value}/{total} {percentage}% | {duration_formatted} elapsed, ETA {eta_formatted}`,
        hideCursor: true,
        clearOnComplete: false,
        etaBuffer: 20,
      },
      cliProgress.Presets.shades_classic,
    );
    const bar = bars.create(total, 0);
    return {
      advance: () => bar.increment(),
      log: (message) => bars.log(`${message}\n`),
      stop: () => bars.stop(),
    };
  }
  let done = 0;
  let lastPrinted = Date.now();
  return {
    advance: () => {
      done++;
      if (Date.now() - lastPrinted >= PLAIN_PROGRESS_INTERVAL_MS && done < total) {
        lastPrinted = Date.now();
        say(`${label}: ${done}/${total}`);
      }
    },
    log: say,
    stop: () => {},
  };
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
