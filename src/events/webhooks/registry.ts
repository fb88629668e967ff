import type { ChangeKind } from "../../generated/prisma/enums.ts";
import {
  type ChangeFilterInput,
  changeWhere,
  lastChangeSequence,
  startingSequence,
} from "../../schema/changeFeedReader.ts";
import type { PrismaClient } from "../../store/index.ts";
import { checkWebhookUrl } from "./addresses.ts";
import { newWebhookSecret } from "./signing.ts";

/** A webhook request that cannot be carried out; the message says why. */
export class WebhookError extends Error {
  constructor(
    message: string,
    readonly reason: "NOT_FOUND" | "NOT_DEAD_LETTERED",
  ) {
    super(message);
    this.name = "WebhookError";
  }
}

export interface WebhookRegistration {
  url: string;
  kinds?: readonly ChangeKind[] | null;
  filter?: ChangeFilterInput | null;
  /** start after this change-feed cursor (a backfill); the end of the feed when absent */
  after?: string | null;
  /** the API key that registers it */
  createdBy?: string | null;
}

/** The filter as stored: only the entities given, so it reads back as it was registered. */
function storedFilter(filter: ChangeFilterInput | null | undefined): Record<string, string> {
  const stored: Record<string, string> = {};
  for (const key of ["institution", "person", "place", "topic"] as const) {
    const value = filter?.[key];
    if (value !== null && value !== undefined && String(value) !== "") stored[key] = String(value);
  }
  return stored;
}

/**
 * Registers a webhook and returns it with its signing secret (shown this once). It receives the
 * changes committed from now on, or after `after`. The URL and filter are checked first, so a
 * refused registration stores nothing.
 */
export async function registerWebhook(prisma: PrismaClient, input: WebhookRegistration, allowPrivate: boolean) {
  const url = await checkWebhookUrl(input.url, allowPrivate);
  const filter = storedFilter(input.filter);
  // throws BAD_USER_INPUT for an ID of the wrong type, as changes(filter:) does
  changeWhere({ filter });
  const cursor = input.after ? await startingSequence(prisma, input.after) : await lastChangeSequence(prisma);
  const secret = newWebhookSecret();
  const webhook = await prisma.webhook.create({
    data: {
      url: url.toString(),
      kinds: [...new Set(input.kinds ?? [])],
      filter,
      secret,
      createdBy: input.createdBy ?? null,
      cursor,
      nextAttemptAt: new Date(),
    },
  });
  return { webhook, secret };
}

/** Deletes a webhook and its delivery records; a delivery in flight is not recorded. */
export async function deleteWebhook(prisma: PrismaClient, id: string) {
  const deleted = await prisma.webhook.deleteMany({ where: { id } });
  if (deleted.count === 0) throw new WebhookError(`no webhook has the id ${JSON.stringify(id)}`, "NOT_FOUND");
  return id;
}

/**
 * Queues a dead-lettered delivery again: the worker tries it anew (out of the feed's order, since
 * the webhook moved past it) with the usual retries, and records the outcome on the same row.
 */
export async function requestRedelivery(prisma: PrismaClient, deliveryId: string) {
  const queued = await prisma.webhookDelivery.updateMany({
    where: { id: deliveryId, status: "DEAD_LETTERED" },
    data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date(), updatedAt: new Date() },
  });
  if (queued.count === 0) {
    const delivery = await prisma.webhookDelivery.findUnique({ where: { id: deliveryId }, select: { status: true } });
    if (!delivery) throw new WebhookError(`no webhook delivery has the id ${JSON.stringify(deliveryId)}`, "NOT_FOUND");
    throw new WebhookError(
      `only a dead-lettered delivery can be redelivered; this one is ${delivery.status}`,
      "NOT_DEAD_LETTERED",
    );
  }
  return deliveryId;
}
