import { GraphQLError } from "graphql";
import { hashApiKey } from "../graph/apiKeys.ts";
import { ANONYMOUS, type Caller } from "../schema/context.ts";
import { prisma } from "../store/index.ts";

/**
 * The caller of a request: anonymous without an Authorization header, or the holder of a valid
 * `Bearer <key>`. A key that is unknown or revoked is refused outright rather than treated as
 * anonymous, so a misconfigured client learns at once.
 */
export async function authenticate(request: Request): Promise<Caller> {
  const header = request.headers.get("authorization");
  if (!header) return ANONYMOUS;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw unauthenticated('the Authorization header must be "Bearer <api key>"');
  const key = await prisma().apiKey.findUnique({
    where: { keyHash: hashApiKey(match[1]) },
    select: { name: true, scopes: true, revokedAt: true },
  });
  if (!key || key.revokedAt) throw unauthenticated("the API key is not valid");
  return { scopes: new Set(key.scopes), apiKeyName: key.name };
}

function unauthenticated(message: string) {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}
