import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";

/** A new Standard Webhooks signing secret: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

/**
 * The Standard Webhooks headers of one attempt: `webhook-id` is the event's cursor (the same on
 * every retry, so a receiver deduplicates by it), `webhook-timestamp` the time of this attempt
 * (receivers refuse old ones), `webhook-signature` the HMAC-SHA256 over id, timestamp and body.
 */
export function signedHeaders(secret: string, messageId: string, body: string, at = new Date()) {
  const signature = new Webhook(secret).sign(messageId, at, body);
  return {
    "webhook-id": messageId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": signature,
  };
}
