export { checkWebhookUrl, isNonPublicAddress, WebhookUrlError } from "./addresses.ts";
export { deleteWebhook, registerWebhook, requestRedelivery, WebhookError } from "./registry.ts";
export { newWebhookSecret, signedHeaders } from "./signing.ts";
export {
  DEFAULT_WEBHOOK_SETTINGS,
  retryDelayMs,
  startWebhookWorker,
  type WebhookWorker,
  type WebhookWorkerSettings,
} from "./worker.ts";
