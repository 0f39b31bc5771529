import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineEvent, emit } from "@tillbox/plugin-sdk";
import { createRelay } from "@tillbox/plugin-sdk/testing";
import deliverEventFunction from "../functions/deliver-event";
import retryDeliveriesFunction from "../functions/retry-deliveries";
import { verifyWebhookSignature } from "../server/signature";
import { startReceiver, type Receiver } from "./helpers/receiver";
import { setupWebhooks, type WebhooksSetup } from "./helpers/setup";

// End to end through the host's in-process event runtime: emit → outbox → relay → function → HTTP.
const invoicePaid = defineEvent("invoice.paid", z.object({ invoiceId: z.string(), amount: z.number().int() }), "Test event");

let setup: WebhooksSetup;
let receiver: Receiver;
let pluginEnabled: boolean;
beforeEach(async () => {
  setup = await setupWebhooks();
  receiver = await startReceiver();
  // The local receiver is on 127.0.0.1, which endpoints may only reach when allow-listed.
  await setup.setSettings({ allowedInternalTargets: ["127.0.0.1"] });
  pluginEnabled = true;
});
afterEach(async () => {
  await receiver.close();
  await setup.close();
});

function relay() {
  return createRelay({
    db: setup.db,
    functions: [
      { plugin: "webhooks", fn: deliverEventFunction },
      { plugin: "webhooks", fn: retryDeliveriesFunction },
    ],
    isPluginEnabled: async () => pluginEnabled,
    logger: { info() {}, warn() {}, error() {} },
  });
}

describe("webhooks under the event relay", () => {
  it("delivers an emitted domain event, signed, with the outbox id as event id", async () => {
    const { secret } = await setup.caller.endpoints.create({ url: receiver.url, events: ["invoice.paid"] });
    const { id } = await setup.db.$transaction((tx) => emit(tx, invoicePaid, { invoiceId: "inv_9", amount: 4200 }));
    await relay().tick();

    expect(receiver.requests).toHaveLength(1);
    const [request] = receiver.requests;
    expect(request?.headers["tillbox-event-id"]).toBe(id);
    expect(verifyWebhookSignature(secret, String(request?.headers["tillbox-signature"]), request?.body ?? "")).toBe(true);
    expect(JSON.parse(request?.body ?? "")).toMatchObject({ id, type: "invoice.paid", tenantId: "default", data: { invoiceId: "inv_9", amount: 4200 } });
  });

  it("delivers nothing while the plugin is disabled", async () => {
    await setup.caller.endpoints.create({ url: receiver.url, events: ["*"] });
    pluginEnabled = false;
    await setup.setEnabled(false);
    await setup.db.$transaction((tx) => emit(tx, invoicePaid, { invoiceId: "inv_1", amount: 1 }));
    await relay().tick();
    expect(receiver.requests).toHaveLength(0);
    expect(await setup.db.webhookDelivery.count()).toBe(0);
  });
});
