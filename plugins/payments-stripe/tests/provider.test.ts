import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createStripeProvider } from "../server/provider";
import type { FakeStripe } from "./fake-stripe/server";
import { clearStripeEnv, paymentInput, setupFakeStripe } from "./helpers";

let fake: FakeStripe;
beforeEach(async () => {
  fake = await setupFakeStripe();
});
afterEach(async () => {
  clearStripeEnv();
  await fake.close();
});

const savedVisa = { providerMethodId: "pm_card_visa", providerCustomerId: "cus_saved" };

describe("Stripe provider: Checkout Sessions", () => {
  it("creates a payment-mode session with our amount and metadata, and sends the customer to session.url", async () => {
    const provider = createStripeProvider();
    const result = await provider.createPayment(
      paymentInput({ amount: 12_345, currency: "EUR", paymentId: "pay_a", invoiceId: "inv_a", idempotencyKey: "k-session" }),
    );
    expect(result.providerPaymentId).toMatch(/^cs_test_/);
    expect(result).toMatchObject({
      status: "requires_action",
      amountCaptured: 0,
      currency: "EUR",
      nextActionUrl: `https://checkout.stripe.test/c/pay/${result.providerPaymentId}`,
    });
    const sent = fake.requests.find((request) => request.path === "/v1/checkout/sessions")!;
    expect(sent.idempotencyKey).toBe("k-session");
    expect(sent.body).toMatchObject({
      mode: "payment",
      line_items: [{ quantity: "1", price_data: { currency: "eur", unit_amount: "12345", product_data: { name: "Pro plan (monthly)" } } }],
      metadata: { tillbox_tenant_id: "default", tillbox_payment_id: "pay_a", tillbox_invoice_id: "inv_a" },
      client_reference_id: "pay_a",
    });
    expect(sent.body.payment_intent_data).not.toHaveProperty("setup_future_usage");
  });

  it("after the customer paid, capture/retrieve report success with the captured amount and the card to keep", async () => {
    const provider = createStripeProvider();
    const { providerPaymentId } = await provider.createPayment(paymentInput({ amount: 4_990, savePaymentMethod: true }));
    const sent = fake.requests.find((request) => request.path === "/v1/checkout/sessions")!;
    expect(sent.body).toMatchObject({ customer_creation: "always", payment_intent_data: { setup_future_usage: "off_session" } });

    expect((await provider.retrievePayment(providerPaymentId)).status).toBe("requires_action");
    const intent = fake.completeSession(providerPaymentId, "pm_card_visa");
    const captured = await provider.capturePayment({ providerPaymentId, idempotencyKey: "cap-1" });
    expect(captured).toMatchObject({ providerPaymentId, status: "succeeded", amountCaptured: 4_990, currency: "EUR", nextActionUrl: null });
    expect(captured.savedMethod).toEqual({
      providerMethodId: "pm_card_visa",
      providerCustomerId: intent.customer,
      brand: "visa",
      last4: "4242",
      expMonth: 12,
      expYear: 2034,
    });
  });

  it("an expired session is canceled", async () => {
    const provider = createStripeProvider();
    const { providerPaymentId } = await provider.createPayment(paymentInput());
    fake.expireSession(providerPaymentId);
    expect(await provider.retrievePayment(providerPaymentId)).toMatchObject({ status: "canceled", amountCaptured: 0 });
  });

  it("a retried create with the same idempotency key returns the same session; changed parameters are refused", async () => {
    const provider = createStripeProvider();
    const input = paymentInput();
    const [first, second] = [await provider.createPayment(input), await provider.createPayment(input)];
    expect(second.providerPaymentId).toBe(first.providerPaymentId);
    expect(fake.state.sessions.size).toBe(1);
    await expect(provider.createPayment({ ...input, amount: input.amount + 1 })).rejects.toThrow(/same parameters/);
  });
});

describe("Stripe provider: saved cards (renewals)", () => {
  it("charges a saved card off-session with a confirmed PaymentIntent", async () => {
    const provider = createStripeProvider();
    const result = await provider.createPayment(paymentInput({ amount: 990, savedMethod: savedVisa, offSession: true, idempotencyKey: "renew-1" }));
    expect(result).toMatchObject({ status: "succeeded", amountCaptured: 990, currency: "EUR" });
    const sent = fake.requests.find((request) => request.path === "/v1/payment_intents")!;
    expect(sent.idempotencyKey).toBe("renew-1");
    expect(sent.body).toMatchObject({
      amount: "990",
      currency: "eur",
      customer: "cus_saved",
      payment_method: "pm_card_visa",
      confirm: "true",
      off_session: "true",
    });
  });

  it("maps card_declined to failed and authentication_required to requires_action", async () => {
    const provider = createStripeProvider();
    const declined = await provider.createPayment(
      paymentInput({ savedMethod: { providerMethodId: "pm_card_chargeDeclined", providerCustomerId: "cus_1" }, offSession: true }),
    );
    expect(declined).toMatchObject({ status: "failed", failureCode: "generic_decline", amountCaptured: 0 });
    expect(declined.providerPaymentId).toMatch(/^pi_/);
    expect((await provider.retrievePayment(declined.providerPaymentId)).status).toBe("failed");

    const sca = await provider.createPayment(
      paymentInput({ savedMethod: { providerMethodId: "pm_card_authenticationRequired", providerCustomerId: "cus_1" }, offSession: true }),
    );
    expect(sca).toMatchObject({ status: "requires_action", failureCode: "authentication_required" });
  });

  it("on-session, a 3-D Secure card returns the redirect URL", async () => {
    const provider = createStripeProvider();
    const result = await provider.createPayment(
      paymentInput({ savedMethod: { providerMethodId: "pm_card_authenticationRequired", providerCustomerId: "cus_1" } }),
    );
    expect(result.status).toBe("requires_action");
    expect(result.nextActionUrl).toMatch(/^https:\/\/hooks\.stripe\.test\/3ds\//);
  });

  it("captures an authorised intent with the idempotency key", async () => {
    const provider = createStripeProvider();
    const intent = fake.state.intent({ amount: 700, currency: "usd", status: "requires_capture" });
    expect((await provider.retrievePayment(intent.id as string)).status).toBe("pending");
    expect(await provider.capturePayment({ providerPaymentId: intent.id as string, idempotencyKey: "cap-x" })).toMatchObject({
      status: "succeeded",
      amountCaptured: 700,
      currency: "USD",
    });
    expect(fake.requests.find((request) => request.path.endsWith("/capture"))?.idempotencyKey).toBe("cap-x");
  });
});

describe("Stripe provider: refunds", () => {
  it("refunds part of a Checkout payment through its PaymentIntent, idempotently, and never more than paid", async () => {
    const provider = createStripeProvider();
    const { providerPaymentId } = await provider.createPayment(paymentInput({ amount: 1_000 }));
    const intent = fake.completeSession(providerPaymentId);
    const refund = await provider.refund({ providerPaymentId, amount: 400, currency: "EUR", reason: "customer asked", idempotencyKey: "refund-1" });
    expect(refund).toMatchObject({ status: "succeeded" });
    expect(refund.providerRefundId).toMatch(/^re_/);
    expect(await provider.refund({ providerPaymentId, amount: 400, currency: "EUR", reason: "customer asked", idempotencyKey: "refund-1" })).toEqual(refund);
    // Stripe refuses a key reused with other parameters; core maps it before it gets here.
    await expect(provider.refund({ providerPaymentId, amount: 500, currency: "EUR", idempotencyKey: "refund-1" })).rejects.toThrow(/same parameters/);
    const sent = fake.requests.filter((request) => request.path === "/v1/refunds");
    expect(sent[0]).toMatchObject({
      idempotencyKey: "refund-1",
      body: { payment_intent: intent.id, amount: "400", metadata: { tillbox_reason: "customer asked" } },
    });
    expect(fake.state.refunds.size).toBe(1);
    await expect(provider.refund({ providerPaymentId, amount: 601, currency: "EUR", idempotencyKey: "refund-2" })).rejects.toThrow(/greater than unrefunded/);
  });
});

describe("Stripe provider: configuration", () => {
  it("names the missing env variable instead of calling Stripe", async () => {
    clearStripeEnv();
    await expect(createStripeProvider().retrievePayment("pi_1")).rejects.toThrow(/STRIPE_SECRET_KEY is not set/);
  });
});
