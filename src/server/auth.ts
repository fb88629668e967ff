import { GraphQLError } from "graphql";
import { hashApiKey } from "../graph/apiKeys.ts";
import { ANONYMOUS, type Caller } from "../schema/context.ts";
import type { PrismaClient } from "../store/index.ts";
import type { AccessControl } from "./access.ts";

export interface AuthenticationOptions {
  prisma: PrismaClient;
  /** rate limits: wrong keys per address, requests per key; none in tests of the schema alone */
  access?: Pick<AccessControl, "checkKeyAttempts" | "keyRejected" | "keyUsed">;
  /** the client's address, what wrong keys are counted against (none for in-process calls) */
  address?: string | undefined;
}

/**
 * The caller of a request: anonymous without an Authorization header, or the holder of a valid
 * `Bearer <key>`. A key that is unknown or revoked is refused outright rather than treated as
 * anonymous, so a misconfigured client learns at once; an address that keeps sending wrong keys
 * is refused before its keys are even looked up, so keys cannot be guessed at speed.
 *
 * An anonymous caller is answered at once, not through a promise: most requests are anonymous,
 * and each promise a request waits on is a turn of the microtask queue (issue 11).
 */
export function authenticate(request: Request, options: AuthenticationOptions): Caller | Promise<Caller> {
  const header = request.headers.get("authorization");
  if (!header) return ANONYMOUS;
  return authenticateKey(header, options);
}

async function authenticateKey(header: string, options: AuthenticationOptions): Promise<Caller> {
  const address = options.address;
  await options.access?.checkKeyAttempts(address);
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) {
    await options.access?.keyRejected(address);
    throw unauthenticated('the Authorization header must be "Bearer <api key>"');
  }
  const key = await options.prisma.apiKey.findUnique({
    where: { keyHash: hashApiKey(match[1]) },
    select: { id: true, name: true, scopes: true, revokedAt: true },
  });
  if (!key || key.revokedAt) {
    await options.access?.keyRejected(address);
    throw unauthenticated("the API key is not valid");
  }
  await options.access?.keyUsed(key.id);
  return { scopes: new Set(key.scopes), apiKeyName: key.name };
}

function unauthenticated(message: string) {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}
