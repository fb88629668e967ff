import { type Command, InvalidArgumentError } from "commander";

function portNumber(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError("not a port number");
  return port;
}

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve GraphQL at http://localhost:$PORT/graphql (default port 4000)")
    .option("-p, --port <port>", "port to listen on", portNumber, portNumber(process.env.PORT ?? "4000"))
    .option("--no-seed", "do not load the seed article into an empty store")
    .action(async (options: { port: number; seed: boolean }) => {
      // loaded here: the schema and server take a while to import, and other commands need neither
      const { closeOnSignals, logger, startServer } = await import("../../server/start.ts");
      try {
        const running = await startServer({
          port: options.port,
          databaseUrl: process.env.DATABASE_URL,
          seed: options.seed,
        });
        closeOnSignals(running);
      } catch (error) {
        logger.error({ err: error }, error instanceof Error ? error.message : String(error));
        process.exitCode = 1;
      }
    });
}
