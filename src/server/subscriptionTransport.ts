import { GraphQLError, getOperationAST, parse } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Context } from "../schema/context.ts";

/** The keyword that opens a subscription operation, as a word (not part of a longer name). */
const SUBSCRIPTION_KEYWORD = /\bsubscription\b/;

/**
 * A subscription over HTTP is an event stream (GraphQL over SSE). A request that does not accept
 * one used to hang with no headers (no accept header) or end in a 406 with an empty body; it now
 * gets a 406 whose body says what to send instead. WebSocket subscriptions do not pass here.
 */
export function useSubscriptionTransportCheck(): Plugin<Context> {
  return {
    onParams({ params, request, setResult }) {
      // a subscription operation is written with the keyword: a document without the word is none,
      // and is not parsed a second time here (yoga parses it once, cached). Looked for first, as a
      // plain substring: nearly every request is a query, and this runs for each (issue 11).
      if (!params.query?.includes("subscription") || !SUBSCRIPTION_KEYWORD.test(params.query)) return;
      const accept = request.headers.get("accept") ?? "";
      if (accept.includes("text/event-stream")) return;
      let operation: ReturnType<typeof getOperationAST>;
      try {
        operation = getOperationAST(parse(params.query), params.operationName);
      } catch {
        return; // a syntax error is reported by the normal path
      }
      if (operation?.operation !== "subscription") return;
      setResult({
        errors: [
          new GraphQLError(
            "a subscription over HTTP is a stream of server-sent events: send `accept: text/event-stream` (or subscribe over WebSocket with graphql-ws)",
            { extensions: { code: "BAD_REQUEST", http: { status: 406 } } },
          ),
        ],
      });
    },
  };
}
