import { Command, CommanderError } from "commander";
import { config } from "../config.ts";
import { registerApiKey } from "./commands/apikey.ts";
import { registerExport } from "./commands/export.ts";
import { registerIngest } from "./commands/ingest.ts";
import { registerMigrate } from "./commands/migrate.ts";
import { registerReextract } from "./commands/reextract.ts";
import { registerServe } from "./commands/serve.ts";
import { describeCliError, EXIT_USAGE } from "./errors.ts";
import { say } from "./output.ts";

const program = new Command()
  .name("wartagraph")
  .description("A GraphQL content graph for news. DATABASE_URL selects the store (unset: embedded PGlite in ./data).")
  // commander's own usage errors (unknown option, missing argument) throw instead of exiting with 1
  .exitOverride();

registerServe(program);
registerIngest(program);
registerApiKey(program);
registerMigrate(program);
registerReextract(program);
registerExport(program);

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof CommanderError) {
    // commander has printed its message; help and --version end with exit code 0
    process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
  } else {
    const { message, exitCode } = describeCliError(error);
    say(message);
    if (config().debug && error instanceof Error && error.stack) say(error.stack);
    process.exitCode = exitCode;
  }
}
