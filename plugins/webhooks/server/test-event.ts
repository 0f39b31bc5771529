import { randomUUID } from "node:crypto";
import type { Db } from "@tillbox/plugin-sdk";
import { attemptDelivery, buildWebhookBody } from "./delivery-service";
import type { WebhooksSettings } from "./settings";

export const TEST_EVENT_NAME = "webhooks/endpoint.tested";

/**
 * Sends a signed ping now and logs it like any delivery. It is not retried: the operator is
 * watching and can press the button again.
 */
export async function sendTestEvent(db: Db, endpoint: { id: string; tenantId: string; enabled: boolean }, settings: WebhooksSettings) {
  const event = {
    id: randomUUID(),
    name: TEST_EVENT_NAME,
    tenantId: endpoint.tenantId,
    createdAt: new Date(),
    data: { endpointId: endpoint.id, message: "This is a test event from Tillbox." },
  };
  const delivery = await db.webhookDelivery.create({
    data: {
      tenantId: endpoint.tenantId,
      endpointId: endpoint.id,
      eventId: event.id,
      eventName: event.name,
      body: buildWebhookBody(event),
      nextAttemptAt: null,
    },
  });
  const updated = await attemptDelivery(db, delivery.id, settings, { manual: true });
  if (!updated) throw new Error(`Webhook delivery "${delivery.id}" vanished while sending the test event.`);
  return updated;
}
