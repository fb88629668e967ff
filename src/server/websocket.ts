import type { Server } from "node:http";
import type { ExecutionArgs } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { WartagraphYoga } from "./yoga.ts";

interface EnvelopedRoot {
  execute: (args: ExecutionArgs) => unknown;
  subscribe: (args: ExecutionArgs) => unknown;
}

/**
 * GraphQL over WebSocket (graphql-ws) on the same port and path as HTTP: each operation runs
 * through yoga's envelope, so auth, limits and masking apply as they do over HTTP and SSE.
 */
export function attachWebSocketSubscriptions(server: Server, yoga: WartagraphYoga) {
  const webSocketServer = new WebSocketServer({ server, path: yoga.graphqlEndpoint });
  const disposable = useServer(
    {
      execute: (args) => (args.rootValue as EnvelopedRoot).execute(args) as never,
      subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args) as never,
      onSubscribe: async (context, _id, params) => {
        // the context factory reads the Authorization header from a fetch Request
        const headers = new Headers();
        for (const [name, value] of Object.entries(context.extra.request.headers)) {
          if (typeof value === "string") headers.set(name, value);
        }
        const request = new Request(`http://localhost${yoga.graphqlEndpoint}`, { headers });
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
      },
    },
    webSocketServer,
  );
  return {
    close: async () => {
      await disposable.dispose();
      await new Promise<void>((resolve) => webSocketServer.close(() => resolve()));
    },
  };
}
