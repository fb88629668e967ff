import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "../store/index.ts";

/** The scopes an API key can carry. */
export const API_SCOPES = ["ingest"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** Keys are stored only as this hash; the plain key is shown once, when created. */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export async function createApiKey(prisma: PrismaClient, name: string, scopes: readonly ApiScope[]) {
  const key = `wg_${randomBytes(24).toString("base64url")}`;
  const row = await prisma.apiKey.create({
    data: { name, keyHash: hashApiKey(key), scopes: [...new Set(scopes)] },
    select: { id: true, name: true, scopes: true },
  });
  return { ...row, key };
}

export async function revokeApiKey(prisma: PrismaClient, name: string): Promise<number> {
  const { count } = await prisma.apiKey.updateMany({
    where: { name, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count;
}
