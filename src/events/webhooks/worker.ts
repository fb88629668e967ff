import { randomUUID } from "node:crypto";
import { changeCursorOf, changeWhere } from "../../schema/changeFeedReader.ts";
import type { FeedPubSub } from "../../schema/context.ts";
import type { PrismaClient } from "../../store/index.ts";
import {
  type ClaimedWebhook,
  claimWebhooks,
  pruneDeliveredDeliveries,
  recordAttempt,
  releaseWebhook,
} from "./claims.ts";
import { EVENT_FOR_DELIVERY, type EventForDelivery, webhookBody } from "./payload.ts";
import { type PostOutcome, postWebhook } from "./post.ts";
import { signedHeaders } from "./signing.ts";

export interface WebhookWorkerSettings {
  /** tries per event before it is dead-lettered and the webhook moves past it */
  maxAttempts: number;
  /** the first retry waits about this long, each next one twice as long (with jitter), up to an hour */
  retryBaseMs: number;
  /** one POST, connect to last byte */
  timeoutMs: number;
  /** webhooks this instance delivers to at once (a slow receiver holds one of them) */
  concurrency: number;
  /** the safety poll: how often the worker looks for work when no wake-up comes */
  pollMs: number;
  /** deliver to loopback and private addresses too */
  allowPrivate: boolean;
  /** events delivered to one webhook before it gives others a turn */
  batchSize: number;
  /** delivered deliveries are deleted this long after their delivery (dead-lettered ones stay) */
  deliveredRetentionMs: number;
}

export const DEFAULT_WEBHOOK_SETTINGS: WebhookWorkerSettings = {
  maxAttempts: 8,
  retryBaseMs: 1000,
  timeoutMs: 10_000,
  concurrency: 16,
  pollMs: 5000,
  allowPrivate: false,
  batchSize: 50,
  deliveredRetentionMs: 7 * 24 * 60 * 60 * 1000,
};

/**
 * How often delivered deliveries past their retention are deleted: a fraction of the retention,
 * between a second and an hour, so a row outlives its retention by little and pruning costs little.
 */
export function pruneIntervalMs(retentionMs: number): number {
  return Math.min(60 * 60 * 1000, Math.max(1000, Math.round(retentionMs / 4)));
}

/** The longest a retry waits. */
const RETRY_CAP_MS = 60 * 60 * 1000;

/**
 * A lease outlives the longest POST (timeoutMs) by as long again plus this much, so it does not end
 * while its POST is in flight even when the event loop stalls; a killed instance's webhooks wait
 * that long before another instance takes them over.
 */
const LEASE_MARGIN_MS = 5000;

/** The part of a pino logger the worker uses. */
export interface WorkerLog {
  debug(fields: object, message: string): void;
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export interface WebhookWorker {
  /** look for work now (a write committed, a redelivery was asked for) */
  wake(): void;
  /** stops claiming, aborts POSTs in flight (they are tried again later), releases leases */
  stop(): Promise<void>;
}

/**
 * How long to wait before the next try after `failures` failed ones: exponential, capped, with
 * jitter (half fixed, half random) so receivers coming back are not hit by every retry at once.
 */
export function retryDelayMs(failures: number, baseMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(RETRY_CAP_MS, baseMs * 2 ** Math.min(Math.max(failures - 1, 0), 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * Delivers the change feed to every webhook, each in cursor order, at least once. Work is claimed
 * per webhook with a lease (see claims.ts), so several instances on one database share the
 * webhooks and never deliver to one at the same time; a killed instance's leases run out and
 * another (or its restart) resumes from the stored cursor. Woken by the feed's pubsub, by its own
 * retry timers and by a slow safety poll. Nothing here throws into the process: a failing store
 * or receiver is logged and tried again.
 */
export function startWebhookWorker(options: {
  prisma: PrismaClient;
  pubsub?: FeedPubSub;
  logger: WorkerLog;
  settings?: Partial<WebhookWorkerSettings>;
}): WebhookWorker {
  const { prisma, logger } = options;
  const settings = { ...DEFAULT_WEBHOOK_SETTINGS, ...options.settings };
  const leaseMs = 2 * settings.timeoutMs + LEASE_MARGIN_MS;
  const stopping = new AbortController();
  const turns = new Set<Promise<void>>();
  let pendingWake = true;
  let wakeSleeper: (() => void) | undefined;
  let dueTimer: NodeJS.Timeout | undefined;
  let dueAt = Number.POSITIVE_INFINITY;
  let storeDown = false;

  const wake = () => {
    pendingWake = true;
    wakeSleeper?.();
  };
  /** wakes the worker when a back-off it scheduled ends */
  const wakeIn = (ms: number) => {
    const at = Date.now() + ms;
    if (at >= dueAt || stopping.signal.aborted) return;
    clearTimeout(dueTimer);
    dueAt = at;
    dueTimer = setTimeout(() => {
      dueAt = Number.POSITIVE_INFINITY;
      wake();
    }, ms + 5);
  };

  let pruning = false;
  const prune = async () => {
    if (pruning || stopping.signal.aborted) return;
    pruning = true;
    try {
      const deleted = await pruneDeliveredDeliveries(prisma, settings.deliveredRetentionMs);
      if (deleted > 0) logger.debug({ deleted }, "deleted delivered webhook deliveries past their retention");
    } catch (error) {
      // the store is away: the next round tries again
      logger.debug({ err: error }, "could not prune delivered webhook deliveries");
    } finally {
      pruning = false;
    }
  };
  const pruneTimer = setInterval(() => void prune(), pruneIntervalMs(settings.deliveredRetentionMs));
  pruneTimer.unref();

  const wakeUps = options.pubsub?.subscribe("articleFeedGrew");
  if (wakeUps) {
    void (async () => {
      for await (const _ of wakeUps) wake();
    })().catch(() => {});
  }

  const attempt = async (webhook: ClaimedWebhook, event: EventForDelivery): Promise<PostOutcome> => {
    const cursor = changeCursorOf(event.sequence);
    const body = webhookBody(event, cursor);
    return postWebhook(new URL(webhook.url), body, signedHeaders(webhook.secret, cursor, body), {
      timeoutMs: settings.timeoutMs,
      allowPrivate: settings.allowPrivate,
      signal: stopping.signal,
    });
  };

  /**
   * Records how an attempt went; false when the worker must stop this turn (stopping, or the
   * lease is gone). `previousAttempts` counts the tries before this one.
   */
  const settle = async (
    webhook: ClaimedWebhook,
    token: string,
    event: EventForDelivery,
    previousAttempts: number,
    outcome: PostOutcome,
    mainLine: boolean,
  ): Promise<{ owned: boolean; retryInMs?: number }> => {
    if (!outcome.delivered && outcome.aborted) return { owned: false };
    const attempts = previousAttempts + 1;
    const deadLetter = !outcome.delivered && attempts >= settings.maxAttempts;
    const retryInMs = outcome.delivered || deadLetter ? undefined : retryDelayMs(attempts, settings.retryBaseMs);
    const status = outcome.delivered ? "DELIVERED" : deadLetter ? "DEAD_LETTERED" : "PENDING";
    if (!outcome.delivered) {
      logger[deadLetter ? "warn" : "debug"](
        { webhook: webhook.id, cursor: changeCursorOf(event.sequence), attempts, error: outcome.error, retryInMs },
        deadLetter ? "dead-lettered a webhook delivery" : "a webhook delivery failed; retrying later",
      );
    }
    const owned = await recordAttempt(prisma, webhook.id, token, leaseMs, {
      sequence: event.sequence,
      status,
      attempts,
      responseStatus: outcome.status,
      error: outcome.delivered ? undefined : outcome.error,
      retryInMs,
      mainLine,
    });
    return retryInMs === undefined ? { owned } : { owned, retryInMs };
  };

  /** One webhook's turn: its due redeliveries, then up to batchSize events of the feed in order. */
  const runTurn = async (webhook: ClaimedWebhook, token: string): Promise<void> => {
    let idleUntil: bigint | undefined;
    let failed = false;
    try {
      const redeliveries = await prisma.webhookDelivery.findMany({
        where: { webhookId: webhook.id, status: "PENDING", sequence: { lte: webhook.cursor } },
        orderBy: { sequence: "asc" },
        take: settings.batchSize,
        select: { attempts: true, nextAttemptAt: true, event: { select: EVENT_FOR_DELIVERY } },
      });
      for (const redelivery of redeliveries) {
        const waitMs = (redelivery.nextAttemptAt?.getTime() ?? 0) - Date.now();
        if (waitMs > 0) {
          wakeIn(waitMs);
          continue;
        }
        const outcome = await attempt(webhook, redelivery.event);
        const settled = await settle(webhook, token, redelivery.event, redelivery.attempts, outcome, false);
        if (!settled.owned) return;
        if (settled.retryInMs !== undefined) wakeIn(settled.retryInMs);
      }
      if (!webhook.mainLineDue || stopping.signal.aborted) return;

      const events = await prisma.changeEvent.findMany({
        where: { AND: [{ sequence: { gt: webhook.cursor } }, changeWhere(webhook)] },
        orderBy: { sequence: "asc" },
        take: settings.batchSize,
        select: EVENT_FOR_DELIVERY,
      });
      if (events.length === 0) {
        idleUntil = webhook.feedEnd;
        return;
      }
      // the first event may have failed before: its tries go on counting
      const head = await prisma.webhookDelivery.findUnique({
        where: { webhookId_sequence: { webhookId: webhook.id, sequence: events[0]?.sequence ?? 0n } },
        select: { attempts: true, status: true },
      });
      let previousAttempts = head?.status === "PENDING" ? head.attempts : 0;
      for (const event of events) {
        if (stopping.signal.aborted) return;
        const outcome = await attempt(webhook, event);
        const settled = await settle(webhook, token, event, previousAttempts, outcome, true);
        if (!settled.owned) return;
        if (settled.retryInMs !== undefined) {
          wakeIn(settled.retryInMs);
          return;
        }
        previousAttempts = 0;
      }
      // a full batch: there may be more, claim again
      if (events.length === settings.batchSize) wake();
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      // a turn that failed (the store, a bad row) waits a poll interval rather than looping at once
      await releaseWebhook(prisma, webhook.id, token, {
        idleUntil,
        retryInMs: failed ? settings.pollMs : undefined,
      });
    }
  };

  const loop = (async () => {
    while (!stopping.signal.aborted) {
      pendingWake = false;
      const free = settings.concurrency - turns.size;
      if (free > 0) {
        const token = randomUUID();
        let claimed: ClaimedWebhook[] = [];
        try {
          claimed = await claimWebhooks(prisma, free, token, leaseMs);
          if (storeDown) logger.info({}, "webhook deliveries resume: the store answers again");
          storeDown = false;
        } catch (error) {
          if (!storeDown) logger.warn({ err: error }, "webhook deliveries wait: the store does not answer");
          storeDown = true;
        }
        for (const webhook of claimed) {
          const turn: Promise<void> = runTurn(webhook, token)
            .catch((error: unknown) => {
              logger.warn({ err: error, webhook: webhook.id }, "a webhook delivery turn failed; it is tried again");
              wakeIn(settings.pollMs);
            })
            .finally(() => {
              turns.delete(turn);
              wake();
            });
          turns.add(turn);
        }
      }
      if (pendingWake || stopping.signal.aborted) continue;
      // stop() wakes the sleeper too
      await new Promise<void>((resolve) => {
        const poll = setTimeout(resolve, settings.pollMs);
        wakeSleeper = () => {
          clearTimeout(poll);
          resolve();
        };
      });
      wakeSleeper = undefined;
    }
  })();

  return {
    wake,
    stop: async () => {
      stopping.abort();
      clearTimeout(dueTimer);
      clearInterval(pruneTimer);
      wake();
      void wakeUps?.return?.();
      await loop;
      await Promise.allSettled([...turns]);
    },
  };
}
