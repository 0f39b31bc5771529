import Stripe from "stripe";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WebhookVerificationError } from "@tillbox/plugin-sdk";
import { createStripeProvider } from "../server/provider";
import { clearStripeEnv, WEBHOOK_SECRET } from "./helpers";

const stripe = new Stripe("sk_test_unused");
const now = () => Math.floor(Date.now() / 1000);

function signed(event: object, options: { secret?: string; timestamp?: number } = {}) {
  const rawBody = JSON.stringify(event);
  const header = stripe.webhooks.generateTestHeaderString({
    payload: rawBody,
    secret: options.secret ?? WEBHOOK_SECRET,
    timestamp: options.timestamp ?? now(),
  });
  return { headers: new Headers({ "Stripe-Signature": header }), rawBody };
}

const sessionCompleted = {
  id: "evt_1",
  object: "event",
  type: "checkout.session.completed",
  data: { object: { id: "cs_test_1", object: "checkout.session", metadata: { tillbox_tenant_id: "acme" } } },
};

beforeEach(() => {
  process.env.STRIPE_SECRET_KEY = "sk_test_unused";
  process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;
});
afterEach(clearStripeEnv);

describe("Stripe webhooks", () => {
  it("accepts a valid signature and names the session to re-read, with our tenant", async () => {
    expect(await createStripeProvider().parseWebhook(signed(sessionCompleted))).toEqual({
      id: "evt_1",
      type: "payment.updated",
      providerPaymentId: "cs_test_1",
      tenantId: "acme",
    });
  });

  it("rejects a forged signature, a tampered body and a missing header", async () => {
    const provider = createStripeProvider();
    await expect(provider.parseWebhook(signed(sessionCompleted, { secret: "whsec_attacker" }))).rejects.toBeInstanceOf(WebhookVerificationError);
    const valid = signed(sessionCompleted);
    await expect(provider.parseWebhook({ ...valid, rawBody: valid.rawBody.replace("cs_test_1", "cs_test_2") })).rejects.toBeInstanceOf(
      WebhookVerificationError,
    );
    await expect(provider.parseWebhook({ headers: new Headers(), rawBody: valid.rawBody })).rejects.toThrow(/Missing Stripe-Signature/);
  });

  it("rejects a stale timestamp (> 300 s) and accepts one just inside", async () => {
    const provider = createStripeProvider();
    await expect(provider.parseWebhook(signed(sessionCompleted, { timestamp: now() - 301 }))).rejects.toThrow(WebhookVerificationError);
    await expect(provider.parseWebhook(signed(sessionCompleted, { timestamp: now() - 290 }))).resolves.toMatchObject({ type: "payment.updated" });
  });

  it("a replay parses to the same event id: core deduplicates on (provider, event id)", async () => {
    const provider = createStripeProvider();
    const request = signed(sessionCompleted);
    const [first, again] = [await provider.parseWebhook(request), await provider.parseWebhook(request)];
    expect(again.id).toBe(first.id);
  });

  it("maps intents, refunds and other events", async () => {
    const provider = createStripeProvider();
    const intent = (metadata: object) => ({
      id: "evt_2",
      object: "event",
      type: "payment_intent.payment_failed",
      data: { object: { id: "pi_1", object: "payment_intent", metadata } },
    });
    expect(await provider.parseWebhook(signed(intent({ tillbox_tenant_id: "t1" })))).toEqual({
      id: "evt_2",
      type: "payment.updated",
      providerPaymentId: "pi_1",
      tenantId: "t1",
    });
    expect(await provider.parseWebhook(signed(intent({ tillbox_source: "checkout_session" })))).toEqual({ id: "evt_2", type: "ignored" });
    const refund = {
      id: "evt_3",
      object: "event",
      type: "refund.updated",
      data: { object: { id: "re_1", object: "refund", payment_intent: "pi_1", metadata: {} } },
    };
    expect(await provider.parseWebhook(signed(refund))).toEqual({
      id: "evt_3",
      type: "refund.updated",
      providerRefundId: "re_1",
      providerPaymentId: "pi_1",
      tenantId: undefined,
    });
    const other = { id: "evt_4", object: "event", type: "customer.created", data: { object: { id: "cus_1", object: "customer" } } };
    expect(await provider.parseWebhook(signed(other))).toEqual({ id: "evt_4", type: "ignored" });
  });
});
