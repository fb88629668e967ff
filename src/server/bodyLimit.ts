import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

/**
 * The request body limit (WARTAGRAPH_MAX_BODY_BYTES), in place of yoga's maxRequestBodySize: the
 * same answers (413 REQUEST_ENTITY_TOO_LARGE from the Content-Length, or once a streamed body
 * passes the limit; 400 for a Content-Length that is not one number), without yoga's cost on
 * every request. Yoga pipes each body through a counting stream and builds a second Request,
 * even when the Content-Length already proves the body small; on `{ __typename }` that was a
 * quarter of the server's CPU. Node's HTTP parser reads exactly Content-Length bytes (and
 * refuses a Content-Length beside Transfer-Encoding), so a body that came through it with an
 * acceptable Content-Length needs no counting; every other body (chunked, or handed to
 * yoga.fetch in the same process) is still counted as it streams.
 */

const CONTENT_LENGTH = /^\d+$/;

function bodyTooLarge(): GraphQLError {
  return new GraphQLError("Request body too large", {
    extensions: { code: "REQUEST_ENTITY_TOO_LARGE", http: { status: 413 } },
  });
}

function invalidContentLength(): GraphQLError {
  return new GraphQLError("Content-Length header is invalid.", {
    extensions: { code: "BAD_REQUEST", http: { status: 400 } },
  });
}

/** True when the request arrived through Node's HTTP server, whose parser enforces Content-Length. */
function framedByNode(serverContext: unknown): boolean {
  const req = (serverContext as { req?: { socket?: unknown; headers?: unknown } } | undefined)?.req;
  return Boolean(req?.socket && req.headers);
}

/** The request with its body counted as it streams: the stream fails with 413 past `limit` bytes. */
function countedBody(
  request: Request,
  limit: number,
  fetchAPI: { Request: typeof Request; TransformStream: typeof TransformStream },
): Request {
  const body = request.body;
  if (!body) return request;
  // a body that is Node's own ReadableStream pipes only into Node's TransformStream, a ponyfill's into the ponyfill's
  const Transform = body instanceof ReadableStream ? TransformStream : fetchAPI.TransformStream;
  let bytesRead = 0;
  const counted = body.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytesRead += chunk.byteLength;
        if (bytesRead > limit) controller.error(bodyTooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body: counted,
    duplex: "half",
  } as RequestInit);
}

/**
 * Must come after every plugin that registers a request parser (yoga's own come first), so it
 * wraps the parser that was chosen.
 */
export function useRequestBodyLimit(limit: number): Plugin {
  return {
    onRequestParse({ request, serverContext, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get("content-length");
      if (declared !== null) {
        if (!CONTENT_LENGTH.test(declared)) throw invalidContentLength();
        if (Number(declared) > limit) throw bodyTooLarge();
        if (framedByNode(serverContext)) return;
      }
      if (!requestParser || !request.body) return;
      const parse = requestParser;
      setRequestParser((received) => parse(countedBody(received, limit, fetchAPI)));
    },
  };
}
