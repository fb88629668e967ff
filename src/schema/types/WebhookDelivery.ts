import { queryFromInfo } from "@pothos/plugin-prisma";
import { GraphQLError } from "graphql";
import { WebhookDeliveryStatus } from "../../generated/prisma/enums.ts";
import { builder } from "../builder.ts";
import { changeCursorOf, sequenceOfCursor } from "../changeFeedReader.ts";
import { pageSize } from "../pagination.ts";

export const WebhookDeliveryStatusEnum = builder.enumType(WebhookDeliveryStatus, {
  name: "WebhookDeliveryStatus",
  description:
    "PENDING: failed so far and tried again at nextAttemptAt (or queued by redeliver); DELIVERED: the receiver answered 2xx; DEAD_LETTERED: every try failed, the webhook moved past it (redeliver tries again).",
});

export const WebhookDeliveryRef = builder.prismaObject("WebhookDelivery", {
  description: "One change event sent (or being sent) to one webhook, with how the tries went.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "What redeliver takes." }),
    webhook: t.relation("webhook", { description: "The webhook it is for." }),
    event: t.relation("event", { description: "The change delivered." }),
    cursor: t.string({
      description: "The event's change-feed cursor, sent as the webhook-id header (the receiver's idempotency key).",
      select: { sequence: true },
      resolve: (delivery) => changeCursorOf(delivery.sequence),
    }),
    status: t.expose("status", { type: WebhookDeliveryStatusEnum, description: "Where it stands." }),
    attempts: t.exposeInt("attempts", { description: "Tries so far (since the last redeliver)." }),
    lastAttemptAt: t.expose("lastAttemptAt", {
      type: "DateTime",
      nullable: true,
      description: "When it was last tried.",
    }),
    nextAttemptAt: t.expose("nextAttemptAt", {
      type: "DateTime",
      nullable: true,
      description: "PENDING: when it is tried next.",
    }),
    responseStatus: t.exposeInt("responseStatus", {
      nullable: true,
      description: "The receiver's HTTP status on the last try; null when it was not reached.",
    }),
    error: t.exposeString("lastError", { nullable: true, description: "Why the last try failed." }),
    deliveredAt: t.expose("deliveredAt", {
      type: "DateTime",
      nullable: true,
      description: "DELIVERED: when the receiver accepted it.",
    }),
  }),
});

builder.queryField("webhookDeliveries", (t) =>
  t.connection({
    type: WebhookDeliveryRef,
    description:
      "A webhook's deliveries in feed order, optionally only those of one status (DEAD_LETTERED: what failed for good). Needs an API key with the webhooks scope.",
    authScopes: { webhooks: true },
    args: {
      webhook: t.arg.id({ required: true, description: "The webhook's id." }),
      status: t.arg({ type: WebhookDeliveryStatusEnum, description: "Only deliveries in this state." }),
    },
    resolve: async (_root, args, context, info) => {
      // backward (last, or before a cursor): the deliveries just before it, read newest first with
      // a LIMIT like a forward page and shown in feed order
      const backward = args.last != null || args.before != null;
      if (backward && (args.first != null || args.after != null)) {
        throw new GraphQLError("page forward (first, after) or backward (last, before), not both", {
          extensions: { code: "BAD_USER_INPUT" },
        });
      }
      if (args.last != null && args.last < 0) {
        throw new GraphQLError("last must not be negative", { extensions: { code: "BAD_USER_INPUT" } });
      }
      const take = pageSize(backward ? args.last : args.first);
      // a delivery's cursor is its event's, so a page can also start after a cursor from changes
      const after = args.after ? sequenceOfCursor(args.after) : -1n;
      const before = args.before ? sequenceOfCursor(args.before, "before") : undefined;
      const rows = await context.prisma.webhookDelivery.findMany({
        ...queryFromInfo({ context, info, typeName: "WebhookDelivery", path: ["edges", "node"] }),
        where: {
          webhookId: String(args.webhook),
          ...(backward ? (before === undefined ? {} : { sequence: { lt: before } }) : { sequence: { gt: after } }),
          ...(args.status ? { status: args.status } : {}),
        },
        orderBy: { sequence: backward ? "desc" : "asc" },
        take: take + 1,
      });
      const page = rows.slice(0, take);
      if (backward) page.reverse();
      const edges = page.map((node) => ({ cursor: changeCursorOf(node.sequence), node }));
      const more = rows.length > take;
      return {
        edges,
        pageInfo: {
          hasNextPage: backward ? before !== undefined : more,
          hasPreviousPage: backward ? more : after >= 0n,
          // an empty page keeps the cursor the client gave, so it can ask again with it
          startCursor: edges[0]?.cursor ?? (backward ? (args.before ?? null) : null),
          endCursor: edges.at(-1)?.cursor ?? (backward ? null : (args.after ?? null)),
        },
      };
    },
  }),
);
