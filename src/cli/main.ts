import { Command, CommanderError } from "commander";
import { StoreLockedError } from "../store/index.ts";
import { registerApiKey } from "./commands/apikey.ts";
import { registerIngest } from "./commands/ingest.ts";
import { registerMigrate } from "./commands/migrate.ts";
import { registerReextract } from "./commands/reextract.ts";
import { registerServe } from "./commands/serve.ts";
import { EXIT_FAILURE, EXIT_USAGE, UsageError } from "./errors.ts";
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

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof CommanderError) {
    // commander has printed its message; help and --version end with exit code 0
    process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
  } else if (error instanceof UsageError) {
    say(`error: ${error.message}`);
    process.exitCode = EXIT_USAGE;
  } else if (error instanceof StoreLockedError) {
    say(error.message);
    process.exitCode = EXIT_FAILURE;
  } else {
    say(`error: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.DEBUG && error instanceof Error && error.stack) say(error.stack);
    process.exitCode = EXIT_FAILURE;
  }
}
