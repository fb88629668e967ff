import { createHash } from "node:crypto";
import type { Prisma } from "../store/index.ts";

/**
 * Why advisory locks, and not `INSERT … ON CONFLICT … RETURNING` on the alias tables.
 *
 * A node is identified by any of several written forms, and a draft may bring forms the store
 * has never seen beside ones it has. Claiming forms by inserting them cannot tell, before the
 * node exists, which node they belong to: two writers naming one new person as "Budi Santoso"
 * and "Budi Santoso, S.H." could each claim some of the forms and leave two half-named nodes,
 * and inserts that wait on each other's unique keys in different orders deadlock.
 *
 * So a writer first takes a transaction-scoped lock on every (kind, scope, normalized form) its
 * draft resolves by, all in one statement, in one global order (sorted keys: writers never wait
 * for each other in a cycle), and only then looks the forms up. A second writer naming any of
 * the same forms waits until the first commits, and its lookup (a new snapshot under READ
 * COMMITTED) then finds the node instead of creating another. Writers that share no form do not
 * wait for each other. The locks end with the transaction, so a crash leaves nothing held.
 * The unique indexes on the forms stay the last line of defence: a writer that bypassed the
 * locks gets a unique violation and the write is retried (see retry.ts).
 *
 * Keys use the two-integer form of PostgreSQL's advisory locks: 64 bits of a SHA-256 of the
 * key text. That space is apart from the one-bigint form the article feed and Prisma Migrate
 * lock on, and a collision between two texts only makes their writers take turns.
 */
export async function lockInOrder(
  tx: Pick<Prisma.TransactionClient, "$executeRaw">,
  keyTexts: Iterable<string>,
): Promise<void> {
  const keys = new Map<string, [number, number]>();
  for (const text of keyTexts) {
    const key = advisoryKeyOf(text);
    keys.set(`${key[0]}:${key[1]}`, key);
  }
  if (keys.size === 0) return;
  const ordered = [...keys.values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const high = ordered.map((key) => key[0]);
  const low = ordered.map((key) => key[1]);
  // one statement for all keys; ORDER BY ordinality makes the acquisition order the sorted one
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(k.high, k.low)
    FROM unnest(${high}::int4[], ${low}::int4[]) WITH ORDINALITY AS k(high, low, n) ORDER BY k.n`;
}

/** The two 32-bit halves of the advisory lock key of a key text. */
export function advisoryKeyOf(text: string): [number, number] {
  const digest = createHash("sha256").update(`wartagraph:${text}`).digest();
  return [digest.readInt32BE(0), digest.readInt32BE(4)];
}
