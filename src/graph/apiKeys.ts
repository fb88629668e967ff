import { createHash, randomBytes } from "node:crypto";
import { Prisma, type PrismaClient } from "../store/index.ts";

/**
 * The scopes an API key can carry: `ingest` writes articles, `curate` edits the graph by hand,
 * `webhooks` registers webhooks, `admin` manages API keys (so keys can be managed through a
 * running server that holds the embedded store).
 */
export const API_SCOPES = ["ingest", "curate", "webhooks", "admin"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** Names are how people tell keys apart in `apikey list` and in logs. */
export const MAX_API_KEY_NAME_LENGTH = 100;

/** A request about API keys that cannot be carried out; the message says why and what to do. */
export class ApiKeyError extends Error {
  constructor(
    message: string,
    readonly reason: "DUPLICATE_NAME" | "INVALID_NAME" | "INVALID_SCOPE" | "NOT_FOUND",
  ) {
    super(message);
    this.name = "ApiKeyError";
  }
}

/** Keys are stored only as this hash; the plain key is shown once, when created. */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export function isApiScope(value: string): value is ApiScope {
  return (API_SCOPES as readonly string[]).includes(value);
}

/** What may be shown of a key: never its hash. */
const PUBLIC_FIELDS = { id: true, name: true, scopes: true, createdAt: true, revokedAt: true } as const;
export type ApiKeyInfo = Prisma.ApiKeyGetPayload<{ select: typeof PUBLIC_FIELDS }>;

function checkedName(name: string): string {
  const trimmed = name.trim();
  // control characters would garble `apikey list` and log lines
  if (!trimmed || trimmed.length > MAX_API_KEY_NAME_LENGTH || /\p{Cc}/u.test(trimmed)) {
    throw new ApiKeyError(
      `an API key name must be 1–${MAX_API_KEY_NAME_LENGTH} printable characters, got ${JSON.stringify(name)}`,
      "INVALID_NAME",
    );
  }
  return trimmed;
}

/** Creates a key; its name must be new (revoked keys keep theirs, so a name never means two keys). */
export async function createApiKey(
  prisma: PrismaClient,
  name: string,
  scopes: readonly string[],
): Promise<ApiKeyInfo & { key: string }> {
  const unknown = scopes.filter((scope) => !isApiScope(scope));
  if (unknown.length > 0) {
    throw new ApiKeyError(
      `unknown scope ${unknown.map((s) => `"${s}"`).join(", ")}; scopes are: ${API_SCOPES.join(", ")}`,
      "INVALID_SCOPE",
    );
  }
  const keyName = checkedName(name);
  const key = `wg_${randomBytes(24).toString("base64url")}`;
  try {
    const row = await prisma.apiKey.create({
      data: { name: keyName, keyHash: hashApiKey(key), scopes: [...new Set(scopes)] },
      select: PUBLIC_FIELDS,
    });
    return { ...row, key };
  } catch (error) {
    // the unique index decides, so two creators racing for one name cannot both win
    if (isUniqueViolation(error)) {
      throw new ApiKeyError(
        `an API key named "${keyName}" already exists (see apikey list); pick another name`,
        "DUPLICATE_NAME",
      );
    }
    throw error;
  }
}

/**
 * Prisma reports a unique violation as P2002, or, through the driver adapters, as an error whose
 * cause carries PostgreSQL's SQLSTATE 23505.
 */
function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return true;
  const cause = (error as { cause?: { code?: unknown; originalCode?: unknown } } | undefined)?.cause;
  return cause?.code === "23505" || cause?.originalCode === "23505";
}

/** Every key, active and revoked, oldest first. */
export function listApiKeys(prisma: PrismaClient): Promise<ApiKeyInfo[]> {
  return prisma.apiKey.findMany({ select: PUBLIC_FIELDS, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

/**
 * Revokes one key by its id. Revoking a revoked key changes nothing (its first revocation time
 * stays); an unknown id is an ApiKeyError.
 */
export async function revokeApiKey(prisma: PrismaClient, id: string): Promise<ApiKeyInfo> {
  const existing = await prisma.apiKey.findUnique({ where: { id }, select: PUBLIC_FIELDS });
  if (!existing) throw new ApiKeyError(`no API key has the id "${id}" (see apikey list)`, "NOT_FOUND");
  if (existing.revokedAt) return existing;
  // revokedAt: null in the condition: a concurrent revocation keeps its own, earlier time
  await prisma.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
  return prisma.apiKey.findUniqueOrThrow({ where: { id }, select: PUBLIC_FIELDS });
}
