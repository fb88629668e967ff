import { builder } from "../builder.ts";
import { changeCursorOf } from "../changeFeedReader.ts";
import { keysetPage } from "../connections.ts";
import { ChangeKindEnum } from "./ChangeKind.ts";

interface StoredFilter {
  institution?: string;
  person?: string;
  place?: string;
  topic?: string;
}

const WebhookFilterRef = builder.objectRef<StoredFilter>("WebhookFilter").implement({
  description: "The entities a webhook's changes must concern, as registered (IDs or names).",
  fields: (t) => ({
    institution: t.string({
      nullable: true,
      description: "An institution's ID or name.",
      resolve: (f) => f.institution,
    }),
    person: t.string({ nullable: true, description: "A person's ID or name.", resolve: (f) => f.person }),
    place: t.string({ nullable: true, description: "A place's ID or name.", resolve: (f) => f.place }),
    topic: t.string({ nullable: true, description: "A topic's name.", resolve: (f) => f.topic }),
  }),
});

export const WebhookRef = builder.prismaObject("Webhook", {
  description:
    "A URL the change events a service asked for are POSTed to, signed the Standard Webhooks way, in feed order, at least once.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "What deleteWebhook and webhookDeliveries take." }),
    url: t.exposeString("url", { description: "Where deliveries are POSTed." }),
    kinds: t.field({
      type: [ChangeKindEnum],
      description: "The kinds of change delivered (every kind when empty).",
      select: { kinds: true },
      resolve: (webhook) => webhook.kinds,
    }),
    filter: t.field({
      type: WebhookFilterRef,
      description: "The entities the changes must concern.",
      select: { filter: true },
      resolve: (webhook) => (webhook.filter ?? {}) as StoredFilter,
    }),
    cursor: t.string({
      nullable: true,
      description:
        "The change-feed cursor of the last event the webhook is done with (delivered or dead-lettered); null before the first event of the feed.",
      select: { cursor: true },
      resolve: (webhook) => (webhook.cursor > 0n ? changeCursorOf(webhook.cursor) : null),
    }),
    createdBy: t.exposeString("createdBy", { nullable: true, description: "The API key that registered it." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was registered." }),
  }),
});

builder.queryField("webhooks", (t) =>
  t.prismaConnection({
    type: "Webhook",
    cursor: "id",
    description: "Every registered webhook, oldest first. Needs an API key with the webhooks scope.",
    authScopes: { webhooks: true },
    resolve: async (query, _root, _args, context) =>
      context.prisma.webhook.findMany(await keysetPage(context.prisma, "Webhook", query, { orderBy: [{ id: "asc" }] })),
  }),
);
