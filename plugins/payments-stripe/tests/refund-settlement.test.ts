import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WebhookVerificationError, type PaymentProvider } from "@tillbox/plugin-sdk";
import { createStripeProvider } from "../server/provider";
import type { FakeStripe } from "./fake-stripe/server";
import { clearStripeEnv, paymentInput, setupFakeStripe, signedEvent } from "./helpers";

let fake: FakeStripe;
let provider: PaymentProvider;
let providerRefundId: string;

beforeEach(async () => {
  fake = await setupFakeStripe();
  provider = createStripeProvider();
  const paid = await provider.createPayment(
    paymentInput({ amount: 5_000, savedMethod: { providerMethodId: "pm_card_visa", providerCustomerId: "cus_saved" } }),
  );
  expect(paid.status).toBe("succeeded");
  fake.state.refundStatus = "pending";
  const refund = await provider.refund({ providerPaymentId: paid.providerPaymentId, amount: 1_200, currency: "EUR", idempotencyKey: "refund-1" });
  expect(refund.status).toBe("pending");
  providerRefundId = refund.providerRefundId;
});
afterEach(async () => {
  clearStripeEnv();
  await fake.close();
});

const refundReads = () => fake.requests.filter((request) => request.method === "GET" && request.path === `/v1/refunds/${providerRefundId}`).length;

describe("Stripe refunds settled later", () => {
  it("refund.failed: the signed event names the refund, and retrieveRefund reads the failure from Stripe", async () => {
    const object = fake.settleRefund(providerRefundId, "failed", "lost_or_stolen_card");
    const event = await provider.parseWebhook(signedEvent("evt_rf", "refund.failed", object));
    expect(event).toMatchObject({ id: "evt_rf", type: "refund.updated", providerRefundId });
    expect(await provider.retrieveRefund!(event.providerRefundId!)).toEqual({ providerRefundId, status: "failed" });
    expect(refundReads()).toBe(1);
  });

  it("refund.updated and charge.refund.updated map the same way; canceled counts as failed, succeeded as succeeded", async () => {
    const canceled = fake.settleRefund(providerRefundId, "canceled");
    const event = await provider.parseWebhook(signedEvent("evt_ru", "refund.updated", canceled));
    expect(event).toMatchObject({ type: "refund.updated", providerRefundId });
    expect((await provider.retrieveRefund!(providerRefundId)).status).toBe("failed");

    const succeeded = fake.settleRefund(providerRefundId, "succeeded");
    expect(await provider.parseWebhook(signedEvent("evt_cru", "charge.refund.updated", succeeded))).toMatchObject({ type: "refund.updated", providerRefundId });
    expect((await provider.retrieveRefund!(providerRefundId)).status).toBe("succeeded");
  });

  it("the body is not the truth: an event claiming success for a refund Stripe still holds pending reads pending", async () => {
    const lie = { ...fake.state.refunds.get(providerRefundId)!, status: "succeeded" };
    const event = await provider.parseWebhook(signedEvent("evt_lie", "refund.updated", lie));
    expect(await provider.retrieveRefund!(event.providerRefundId!)).toEqual({ providerRefundId, status: "pending" });
  });

  it("a forged signature is refused before anything is read", async () => {
    const object = fake.settleRefund(providerRefundId, "failed");
    await expect(provider.parseWebhook(signedEvent("evt_forged", "refund.failed", object, "whsec_attacker"))).rejects.toBeInstanceOf(WebhookVerificationError);
    expect(refundReads()).toBe(0);
  });

  it("an unknown refund id is Stripe's 404, surfaced as an error (core answers 500 and Stripe retries)", async () => {
    await expect(provider.retrieveRefund!("re_missing")).rejects.toThrow(/No such refund/);
  });
});
