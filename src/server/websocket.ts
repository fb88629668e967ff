import type { IncomingMessage, Server } from "node:http";
import { createRequire } from "node:module";
import type { Duplex } from "node:stream";
import { type ExecutionArgs, GraphQLError } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import type { WebSocketServer } from "ws";
import { config } from "../config.ts";
import type { WartagraphYoga } from "./yoga.ts";

interface EnvelopedRoot {
  execute: (args: ExecutionArgs) => unknown;
  subscribe: (args: ExecutionArgs) => unknown;
}

const requirePackage = createRequire(import.meta.url);

/**
 * GraphQL over WebSocket (graphql-ws) on the same port and path as HTTP: each operation runs
 * through yoga's envelope, so auth, limits and masking apply as they do over HTTP and SSE.
 * The WebSocket server (and the ws package, a tenth of a second of start-up on the loaded bench
 * machine, issue 11) is made at the first upgrade request; it refuses other paths with 400 as
 * ws does for a server it is given.
 */
export function attachWebSocketSubscriptions(
  server: Server,
  yoga: WartagraphYoga,
  maxMessageBytes: number = config().maxBodyBytes,
) {
  let opened: { webSocketServer: WebSocketServer; disposable: { dispose(): unknown } } | undefined;
  const open = () => {
    if (opened) return opened.webSocketServer;
    const { WebSocketServer: Server } = requirePackage("ws") as typeof import("ws");
    // a message larger than a request body may be is refused by ws with close code 1009
    const webSocketServer = new Server({ noServer: true, path: yoga.graphqlEndpoint, maxPayload: maxMessageBytes });
    opened = { webSocketServer, disposable: serveGraphqlWs(webSocketServer, yoga) };
    return webSocketServer;
  };
  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const webSocketServer = open();
    webSocketServer.handleUpgrade(request, socket, head, (webSocket) =>
      webSocketServer.emit("connection", webSocket, request),
    );
  };
  server.on("upgrade", onUpgrade);
  return {
    close: async () => {
      server.off("upgrade", onUpgrade);
      if (!opened) return;
      const { webSocketServer, disposable } = opened;
      await disposable.dispose();
      await new Promise<void>((resolve) => webSocketServer.close(() => resolve()));
    },
  };
}

/** graphql-ws on a WebSocket server, each operation through yoga's envelope. */
function serveGraphqlWs(webSocketServer: WebSocketServer, yoga: WartagraphYoga) {
  return useServer(
    {
      execute: (args) => (args.rootValue as EnvelopedRoot).execute(args) as never,
      subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args) as never,
      onSubscribe: async (context, _id, params) => {
        // the context factory reads the Authorization header from a fetch Request; POST, as a
        // WebSocket message is no GET that a link could trigger: mutations are allowed
        const headers = new Headers({ "content-type": "application/json" });
        for (const [name, value] of Object.entries(context.extra.request.headers)) {
          if (typeof value === "string") headers.set(name, value);
        }
        const request = new Request(`http://localhost${yoga.graphqlEndpoint}`, { method: "POST", headers });
        // graphql-ws closes the whole socket (4500) when this throws: a bad document or key is
        // an error of this operation only, and the socket's other subscriptions keep running
        try {
          const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
            ...context,
            request,
            params,
          });
          const args: ExecutionArgs = {
            schema,
            operationName: params.operationName ?? null,
            document: parse(params.query),
            variableValues: params.variables ?? null,
            contextValue: await contextFactory(),
            rootValue: { execute, subscribe } satisfies EnvelopedRoot,
          };
          const errors = validate(args.schema, args.document);
          return errors.length > 0 ? errors : args;
        } catch (error) {
          if (error instanceof GraphQLError && !error.originalError) return [error];
          yoga.logger.error(error);
          return [new GraphQLError("Unexpected error.", { extensions: { code: "INTERNAL_SERVER_ERROR" } })];
        }
      },
    },
    webSocketServer,
  );
}
