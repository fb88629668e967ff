/** Exit codes of the CLI: 1 when some work failed, 2 when the command was called wrongly. */
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
/** the shell's code for a process stopped by Ctrl-C (128 + SIGINT) */
export const EXIT_INTERRUPTED = 130;

/** The command line asks for something the command cannot do; nothing was attempted. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
