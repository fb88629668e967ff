import { createServer } from "node:net";
import { type Command, InvalidArgumentError } from "commander";
import { config } from "../../config.ts";
import { openStore } from "../../store/index.ts";
import { CliFailure, describeListenFailure } from "../errors.ts";

function portNumber(value: string): number {
  const port = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) throw new InvalidArgumentError("must be an integer 0–65535");
  return port;
}

/**
 * Fails at once when the port is taken, before the store is opened, migrated and seeded: that
 * takes seconds, and a server that could never listen should not change the store first.
 * Another process could still take the port in between; startServer then fails with the same message.
 */
async function checkPortIsFree(port: number, host: string): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once("error", reject);
    probe.listen({ port, host, exclusive: true }, () => resolve());
  }).catch((error: unknown) => {
    throw new CliFailure(`error: ${describeListenFailure(error, port, host) ?? String(error)}`);
  });
  await new Promise<void>((resolve) => probe.close(() => resolve()));
}

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve GraphQL at http://localhost:$PORT/graphql (default port 4000)")
    // no default here: reading PORT while building the command would break --help for a bad PORT
    .option("-p, --port <port>", "port to listen on (default: $PORT, else 4000)", portNumber)
    .option("--no-seed", "do not load the seed article into an empty store")
    .action(async (options: { port?: number; seed: boolean }) => {
      const settings = config();
      // every variable, not only the ones start-up reads: a bad one fails now, not mid-request
      settings.validate();
      const port = options.port ?? settings.port;
      await checkPortIsFree(port, settings.host);
      // opened while the server's modules load: PGlite reads its files and compiles its
      // WebAssembly on other threads meanwhile (Prisma's engine starts once the server listens)
      const store = openStore({ databaseUrl: settings.databaseUrl, role: "server", connect: false });
      // awaited by startServer; this keeps a failure from counting as unhandled in between
      store.catch(() => {});
      // loaded here: the schema and server take a while to import, and other commands need neither
      const { closeOnSignals, startServer } = await import("../../server/start.ts").catch(async (error: unknown) => {
        await store.then((opened) => opened.close()).catch(() => {});
        throw error;
      });
      try {
        const starting = startServer({
          port,
          host: settings.host,
          databaseUrl: settings.databaseUrl,
          seed: options.seed,
          store,
        });
        // before start-up logs that it is serving (see closeOnSignals)
        closeOnSignals(starting);
        await starting;
      } catch (error) {
        const listenFailure = describeListenFailure(error, port, settings.host);
        if (listenFailure) throw new CliFailure(`error: ${listenFailure}`);
        throw error;
      }
    });
}
