import { randomUUID } from "node:crypto";
import type { ChangeKind, WebhookDeliveryStatus } from "../../generated/prisma/enums.ts";
import type { ChangeFilterInput } from "../../schema/changeFeedReader.ts";
import { Prisma, type PrismaClient } from "../../store/index.ts";

/**
 * The worker's statements on Webhook and WebhookDelivery. Times are the database's clock (UTC,
 * like every DateTime Prisma writes), so instances on several machines agree on leases and
 * back-offs. Each write after the claim is conditional on the lease token: an instance whose
 * lease ran out records nothing and stops.
 */

const NOW = Prisma.sql`timezone('UTC', now())`;
const inMs = (ms: number) => Prisma.sql`make_interval(secs => ${ms}::float8 / 1000)`;

export interface ClaimedWebhook {
  id: string;
  url: string;
  kinds: ChangeKind[];
  filter: ChangeFilterInput;
  secret: string;
  /** the last feed sequence the webhook is done with */
  cursor: bigint;
  /** the webhook is not backing off: its next event may be tried */
  mainLineDue: boolean;
  /** the end of the feed when claimed (every sequence up to it had committed) */
  feedEnd: bigint;
}

/**
 * Leases up to `limit` webhooks with work due (events after their cursor and not backing off, or
 * a redelivery due) to this instance for leaseMs. One statement: rows another instance is
 * claiming are skipped (FOR UPDATE SKIP LOCKED) and rows it has leased no longer match.
 */
export async function claimWebhooks(
  prisma: PrismaClient,
  limit: number,
  token: string,
  leaseMs: number,
): Promise<ClaimedWebhook[]> {
  const rows = await prisma.$queryRaw<(Omit<ClaimedWebhook, "filter"> & { filter: unknown })[]>`
    WITH due AS (
      SELECT w.id FROM "Webhook" w
      WHERE (w."leaseUntil" IS NULL OR w."leaseUntil" < ${NOW})
        AND (
          (w."nextAttemptAt" <= ${NOW} AND w.cursor < (SELECT coalesce(max(e.sequence), 0) FROM "ChangeEvent" e))
          OR EXISTS (
            SELECT 1 FROM "WebhookDelivery" d
            WHERE d."webhookId" = w.id AND d.status = 'PENDING' AND d.sequence <= w.cursor AND d."nextAttemptAt" <= ${NOW}
          )
        )
      ORDER BY w."nextAttemptAt", w.id
      LIMIT ${limit}
      FOR UPDATE OF w SKIP LOCKED
    )
    UPDATE "Webhook" w SET "leaseToken" = ${token}, "leaseUntil" = ${NOW} + ${inMs(leaseMs)}
    FROM due WHERE w.id = due.id
    RETURNING w.id, w.url, w.kinds::text[] AS kinds, w.filter, w.secret, w.cursor,
      (w."nextAttemptAt" <= ${NOW}) AS "mainLineDue",
      (SELECT coalesce(max(e.sequence), 0) FROM "ChangeEvent" e) AS "feedEnd"`;
  return rows.map((row) => ({
    ...row,
    cursor: BigInt(row.cursor),
    feedEnd: BigInt(row.feedEnd),
    filter: (typeof row.filter === "string" ? JSON.parse(row.filter) : (row.filter ?? {})) as ChangeFilterInput,
  }));
}

export interface AttemptRecord {
  sequence: bigint;
  status: WebhookDeliveryStatus;
  /** attempts so far, this one included */
  attempts: number;
  responseStatus?: number | undefined;
  error?: string | undefined;
  /** PENDING: when to try again */
  retryInMs?: number | undefined;
  /** a feed event in order (moves the cursor), not a redelivery of an old one */
  mainLine: boolean;
}

/**
 * Records one attempt and extends the lease, in one statement: the delivery row, and for the
 * feed's own order the webhook's cursor (past a delivered or dead-lettered event) and its
 * back-off. False when this instance no longer holds the webhook (lease lost, webhook deleted).
 */
export async function recordAttempt(
  prisma: PrismaClient,
  webhookId: string,
  token: string,
  leaseMs: number,
  attempt: AttemptRecord,
): Promise<boolean> {
  const finished = attempt.status !== "PENDING";
  const retryIn = inMs(attempt.status === "PENDING" ? (attempt.retryInMs ?? 0) : 0);
  const rows = await prisma.$queryRaw<unknown[]>`
    WITH owned AS (
      UPDATE "Webhook" SET
        cursor = CASE WHEN ${attempt.mainLine && finished} THEN greatest(cursor, ${attempt.sequence}) ELSE cursor END,
        "nextAttemptAt" = CASE WHEN ${attempt.mainLine} THEN ${NOW} + ${retryIn} ELSE "nextAttemptAt" END,
        "leaseUntil" = ${NOW} + ${inMs(leaseMs)}
      WHERE id = ${webhookId} AND "leaseToken" = ${token}
      RETURNING id
    )
    INSERT INTO "WebhookDelivery" (id, "webhookId", sequence, status, attempts, "lastAttemptAt", "nextAttemptAt",
      "responseStatus", "lastError", "deliveredAt", "updatedAt")
    SELECT ${randomUUID()}, owned.id, ${attempt.sequence}, ${attempt.status}::"WebhookDeliveryStatus", ${attempt.attempts},
      ${NOW}, CASE WHEN ${finished} THEN NULL ELSE ${NOW} + ${retryIn} END, ${attempt.responseStatus ?? null}::int,
      ${attempt.error ?? null}::text, CASE WHEN ${attempt.status === "DELIVERED"} THEN ${NOW} END, ${NOW}
    FROM owned
    ON CONFLICT ("webhookId", sequence) DO UPDATE SET
      status = EXCLUDED.status, attempts = EXCLUDED.attempts, "lastAttemptAt" = EXCLUDED."lastAttemptAt",
      "nextAttemptAt" = EXCLUDED."nextAttemptAt", "responseStatus" = EXCLUDED."responseStatus",
      "lastError" = EXCLUDED."lastError", "deliveredAt" = EXCLUDED."deliveredAt", "updatedAt" = EXCLUDED."updatedAt"
    RETURNING 1`;
  return rows.length > 0;
}

/**
 * Ends this instance's lease; with `idleUntil`, first moves the cursor there (the feed had nothing
 * for the webhook up to that sequence, so it is not read again); with `retryInMs`, holds the
 * webhook back that long (its turn failed: it is not claimed again at once).
 */
export async function releaseWebhook(
  prisma: PrismaClient,
  webhookId: string,
  token: string,
  options: { idleUntil?: bigint | undefined; retryInMs?: number | undefined } = {},
): Promise<void> {
  const { idleUntil, retryInMs } = options;
  await prisma.$executeRaw`
    UPDATE "Webhook" SET "leaseToken" = NULL, "leaseUntil" = NULL,
      cursor = greatest(cursor, ${idleUntil ?? 0n}),
      "nextAttemptAt" = CASE WHEN ${retryInMs !== undefined} THEN ${NOW} + ${inMs(retryInMs ?? 0)} ELSE "nextAttemptAt" END
    WHERE id = ${webhookId} AND "leaseToken" = ${token}`;
}

/**
 * Deletes delivered deliveries older than `retentionMs` (by when they were delivered), a batch
 * per statement so no statement holds many rows locked; returns how many it deleted. Dead-lettered
 * and pending ones stay: they are what webhookDeliveries and redeliver are for.
 */
export async function pruneDeliveredDeliveries(
  prisma: PrismaClient,
  retentionMs: number,
  batchSize = 1000,
): Promise<number> {
  let deleted = 0;
  for (;;) {
    const count = await prisma.$executeRaw`
      DELETE FROM "WebhookDelivery" WHERE id IN (
        SELECT id FROM "WebhookDelivery"
        WHERE status = 'DELIVERED' AND "deliveredAt" < ${NOW} - ${inMs(retentionMs)}
        LIMIT ${batchSize}
      )`;
    deleted += count;
    if (count < batchSize) return deleted;
  }
}
