import { Command, InvalidArgumentError } from "commander";
import { closeOnSignals, logger, startServer } from "../server/start.ts";

function portNumber(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError("not a port number");
  return port;
}

const program = new Command()
  .name("wartagraph")
  .description("A GraphQL content graph for news. DATABASE_URL selects the store (unset: embedded PGlite in ./data).");

program
  .command("serve")
  .description("serve GraphQL at http://localhost:$PORT/graphql (default port 4000)")
  .option("-p, --port <port>", "port to listen on", portNumber, portNumber(process.env.PORT ?? "4000"))
  .option("--no-seed", "do not load the seed article into an empty store")
  .action(async (options: { port: number; seed: boolean }) => {
    const running = await startServer({ port: options.port, databaseUrl: process.env.DATABASE_URL, seed: options.seed });
    closeOnSignals(running);
  });

program.parseAsync().catch((error: unknown) => {
  logger.error({ err: error }, error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
