import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WebhookVerificationError } from "@tillbox/plugin-sdk";
import { createPaypalProvider } from "../server/provider";
import type { FakePaypal } from "./fake-paypal/server";
import { clearPaypalEnv, setupFakePaypal } from "./helpers";

let fake: FakePaypal;
beforeEach(async () => {
  fake = await setupFakePaypal();
});
afterEach(async () => {
  clearPaypalEnv();
  await fake.close();
});

const approved = { id: "WH-EVT-1", event_type: "CHECKOUT.ORDER.APPROVED", resource: { id: "ORDER1", purchase_units: [{ custom_id: "acme:pay_1" }] } };
const captured = {
  id: "WH-EVT-2",
  event_type: "PAYMENT.CAPTURE.COMPLETED",
  resource: { id: "CAP1", custom_id: "acme:pay_1", supplementary_data: { related_ids: { order_id: "ORDER1" } } },
};

describe("PayPal webhooks", () => {
  it("verifies through PayPal's API, passing the body as received, then names the order", async () => {
    const provider = createPaypalProvider();
    // Odd spacing: re-serialising would change the bytes PayPal signed.
    const request = fake.signWebhook(approved);
    const spaced = { ...request, rawBody: JSON.stringify(approved, null, 2) };
    expect(await provider.parseWebhook(spaced)).toEqual({ id: "WH-EVT-1", type: "payment.updated", providerPaymentId: "ORDER1", tenantId: "acme" });
    const verify = fake.requests.find((entry) => entry.path === "/v1/notifications/verify-webhook-signature")!;
    expect(verify.rawBody).toContain(spaced.rawBody);
    expect(verify.body).toMatchObject({
      webhook_id: "WH-FAKE-123",
      auth_algo: "SHA256withRSA",
      transmission_id: request.headers.get("paypal-transmission-id"),
    });
    expect(await provider.parseWebhook(fake.signWebhook(captured))).toEqual({
      id: "WH-EVT-2",
      type: "payment.updated",
      providerPaymentId: "ORDER1",
      tenantId: "acme",
    });
  });

  it("a failed verification, a tampered body or missing headers throw WebhookVerificationError", async () => {
    const provider = createPaypalProvider();
    await expect(provider.parseWebhook(fake.signWebhook(approved, { forge: true }))).rejects.toBeInstanceOf(WebhookVerificationError);
    const valid = fake.signWebhook(approved);
    await expect(provider.parseWebhook({ ...valid, rawBody: valid.rawBody.replace("ORDER1", "ORDER2") })).rejects.toBeInstanceOf(WebhookVerificationError);
    const headers = new Headers(valid.headers);
    headers.delete("paypal-transmission-sig");
    await expect(provider.parseWebhook({ headers, rawBody: valid.rawBody })).rejects.toThrow(/Missing paypal-transmission-sig/);
    process.env.PAYPAL_WEBHOOK_ID = "WH-OTHER";
    await expect(provider.parseWebhook(valid)).rejects.toBeInstanceOf(WebhookVerificationError);
  });

  it("maps refunds and ignores other events", async () => {
    const provider = createPaypalProvider();
    const refunded = {
      id: "WH-EVT-3",
      event_type: "PAYMENT.CAPTURE.REFUNDED",
      resource: { id: "REF1", custom_id: "acme:pay_1", supplementary_data: { related_ids: { order_id: "ORDER1" } } },
    };
    expect(await provider.parseWebhook(fake.signWebhook(refunded))).toEqual({
      id: "WH-EVT-3",
      type: "refund.updated",
      providerRefundId: "REF1",
      providerPaymentId: "ORDER1",
      tenantId: "acme",
    });
    expect(await provider.parseWebhook(fake.signWebhook({ id: "WH-EVT-4", event_type: "CUSTOMER.DISPUTE.CREATED", resource: {} }))).toEqual({
      id: "WH-EVT-4",
      type: "ignored",
    });
  });
});
