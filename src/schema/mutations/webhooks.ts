import { GraphQLError } from "graphql";
import { config } from "../../config.ts";
import {
  deleteWebhook,
  registerWebhook,
  requestRedelivery,
  WebhookError,
  WebhookUrlError,
} from "../../events/webhooks/index.ts";
import type { Webhook } from "../../generated/prisma/client.ts";
import { builder } from "../builder.ts";
import { ChangeFilterRef } from "../types/ChangeFilter.ts";
import { ChangeKindEnum } from "../types/ChangeKind.ts";
import { WebhookRef } from "../types/Webhook.ts";
import { WebhookDeliveryRef } from "../types/WebhookDelivery.ts";

const RegisterWebhookInput = builder.inputType("RegisterWebhookInput", {
  description: "Where to POST which changes.",
  fields: (t) => ({
    url: t.string({
      required: true,
      description:
        "An http or https URL. In production it must be a public address (WARTAGRAPH_WEBHOOK_PRIVATE_ADDRESSES allows others).",
    }),
    kinds: t.field({ type: [ChangeKindEnum], description: "Only changes of these kinds (every kind when absent)." }),
    filter: t.field({ type: ChangeFilterRef, description: "Only changes concerning these entities." }),
    after: t.string({
      description:
        "Deliver what changed after this change-feed cursor (from changes or a delivery) first; without it, only changes from now on.",
    }),
  }),
});

const RegisterWebhookPayload = builder
  .objectRef<{ webhook: Webhook; secret: string }>("RegisterWebhookPayload")
  .implement({
    description: "The new webhook and its signing secret.",
    fields: (t) => ({
      webhook: t.field({ type: WebhookRef, description: "The webhook.", resolve: (payload) => payload.webhook }),
      secret: t.exposeString("secret", {
        description:
          "The Standard Webhooks signing secret (whsec_…), shown this once: verify each delivery's webhook-signature with it.",
      }),
    }),
  });

function userError(error: unknown): never {
  if (error instanceof WebhookUrlError || error instanceof WebhookError) {
    throw new GraphQLError(error.message, {
      extensions: { code: "BAD_USER_INPUT", ...("reason" in error ? { reason: error.reason } : {}) },
    });
  }
  throw error;
}

builder.mutationField("registerWebhook", (t) =>
  t.field({
    type: RegisterWebhookPayload,
    description:
      "Registers a webhook: every change of the kinds and about the entities asked for is POSTed to the URL as JSON `{ type, timestamp, data }`, signed (webhook-id = the event's cursor, webhook-timestamp, webhook-signature), in feed order, at least once, retried with back-off and dead-lettered after a bounded number of tries. Needs an API key with the webhooks scope.",
    authScopes: { webhooks: true },
    args: { input: t.arg({ type: RegisterWebhookInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      try {
        const registered = await registerWebhook(
          context.prisma,
          { ...input, createdBy: context.apiKeyName },
          config().webhookPrivateAddresses,
        );
        // a backfill has events waiting: wake the delivery workers
        if (input.after) context.pubsub.publish("articleFeedGrew");
        return registered;
      } catch (error) {
        return userError(error);
      }
    },
  }),
);

builder.mutationField("deleteWebhook", (t) =>
  t.id({
    description:
      "Deletes a webhook and its delivery records; nothing more is sent to it. Returns its id. Needs an API key with the webhooks scope.",
    authScopes: { webhooks: true },
    args: { id: t.arg.id({ required: true, description: "The webhook's id." }) },
    resolve: async (_root, { id }, context) => {
      try {
        return await deleteWebhook(context.prisma, String(id));
      } catch (error) {
        return userError(error);
      }
    },
  }),
);

builder.mutationField("redeliver", (t) =>
  t.prismaField({
    type: WebhookDeliveryRef,
    description:
      "Tries a dead-lettered delivery again (out of feed order: the webhook has moved past it), with the usual retries. Needs an API key with the webhooks scope.",
    authScopes: { webhooks: true },
    args: { id: t.arg.id({ required: true, description: "The delivery's id (WebhookDelivery.id)." }) },
    resolve: async (query, _root, { id }, context) => {
      try {
        await requestRedelivery(context.prisma, String(id));
      } catch (error) {
        return userError(error);
      }
      context.pubsub.publish("articleFeedGrew");
      return context.prisma.webhookDelivery.findUniqueOrThrow({ ...query, where: { id: String(id) } });
    },
  }),
);
