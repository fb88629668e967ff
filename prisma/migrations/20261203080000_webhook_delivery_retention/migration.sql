-- Delivered deliveries are deleted after a retention period (src/events/webhooks/claims.ts,
-- pruneDeliveredDeliveries): the index finds the old ones without reading every delivered row
CREATE INDEX "WebhookDelivery_status_deliveredAt_idx" ON "WebhookDelivery"("status", "deliveredAt");
