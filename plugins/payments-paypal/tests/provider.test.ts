import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPaypalProvider } from "../server/provider";
import type { FakePaypal } from "./fake-paypal/server";
import { clearPaypalEnv, paymentInput, setupFakePaypal } from "./helpers";

let fake: FakePaypal;
beforeEach(async () => {
  fake = await setupFakePaypal();
});
afterEach(async () => {
  clearPaypalEnv();
  await fake.close();
});

describe("PayPal provider: orders", () => {
  it("creates a CAPTURE order with the decimal amount, our ids and the approval link as next action", async () => {
    const provider = createPaypalProvider({ brandName: "Tillbox Shop" });
    const result = await provider.createPayment(paymentInput({ amount: 12_345, paymentId: "pay_a", idempotencyKey: "order-key" }));
    expect(result).toMatchObject({ status: "requires_action", currency: "EUR", amountCaptured: 0 });
    expect(result.nextActionUrl).toBe(`https://www.sandbox.paypal.com/checkoutnow?token=${result.providerPaymentId}`);
    const sent = fake.requests.find((request) => request.path === "/v2/checkout/orders")!;
    expect(sent.requestId).toBe("order-key");
    expect(sent.body).toMatchObject({
      intent: "CAPTURE",
      purchase_units: [{ reference_id: "pay_a", custom_id: "default:pay_a", amount: { currency_code: "EUR", value: "123.45" } }],
      payment_source: {
        paypal: { experience_context: { return_url: "http://localhost:3000/checkout/return", brand_name: "Tillbox Shop", user_action: "PAY_NOW" } },
      },
    });
  });

  it("sends zero-decimal JPY without decimals", async () => {
    const result = await createPaypalProvider().createPayment(paymentInput({ amount: 5_000, currency: "JPY" }));
    expect(result.status).toBe("requires_action");
    expect(fake.requests.at(-1)?.body?.purchase_units[0].amount).toEqual({ currency_code: "JPY", value: "5000" });
  });

  it("captures after approval with PayPal-Request-Id and reports the captured minor units", async () => {
    const provider = createPaypalProvider();
    const { providerPaymentId } = await provider.createPayment(paymentInput({ amount: 4_990 }));
    expect((await provider.capturePayment({ providerPaymentId, idempotencyKey: "cap-0" })).status).toBe("requires_action");
    fake.approve(providerPaymentId);
    expect((await provider.retrievePayment(providerPaymentId)).status).toBe("pending");
    const captured = await provider.capturePayment({ providerPaymentId, idempotencyKey: "cap-1" });
    expect(captured).toMatchObject({ status: "succeeded", amountCaptured: 4_990, currency: "EUR" });
    expect(fake.requests.find((request) => request.path.endsWith("/capture"))?.requestId).toBe("cap-1");
    // A second capture (retry after a timeout) reads the completed order instead of failing.
    expect(await provider.capturePayment({ providerPaymentId, idempotencyKey: "cap-2" })).toMatchObject({ status: "succeeded", amountCaptured: 4_990 });
    // One OAuth token for all of it.
    expect(fake.tokenRequests()).toBe(1);
  });

  it("a declined instrument at capture fails the payment", async () => {
    const provider = createPaypalProvider();
    const { providerPaymentId } = await provider.createPayment(paymentInput());
    fake.approve(providerPaymentId);
    fake.state.declineNextCapture = true;
    expect(await provider.capturePayment({ providerPaymentId, idempotencyKey: "cap" })).toMatchObject({
      status: "failed",
      failureCode: "instrument_declined",
      amountCaptured: 0,
    });
  });

  it("a retried create with the same key returns the same order", async () => {
    const provider = createPaypalProvider();
    const input = paymentInput();
    expect((await provider.createPayment(input)).providerPaymentId).toBe((await provider.createPayment(input)).providerPaymentId);
    expect(fake.state.orders.size).toBe(1);
  });

  it("fails clearly on bad credentials and missing env", async () => {
    process.env.PAYPAL_CLIENT_SECRET = "wrong";
    await expect(createPaypalProvider().retrievePayment("X")).rejects.toThrow(/OAuth failed \(401\).*PAYPAL_CLIENT_ID and PAYPAL_CLIENT_SECRET/);
    delete process.env.PAYPAL_CLIENT_ID;
    await expect(createPaypalProvider().retrievePayment("X")).rejects.toThrow(/PAYPAL_CLIENT_ID is not set/);
  });
});

describe("PayPal provider: vaulting and refunds", () => {
  it("vaults PayPal on the first payment and charges the vault for renewals without the buyer", async () => {
    const provider = createPaypalProvider();
    const first = await provider.createPayment(paymentInput({ savePaymentMethod: true }));
    expect(fake.requests.at(-1)?.body?.payment_source.paypal.attributes).toEqual({
      vault: { store_in_vault: "ON_SUCCESS", usage_type: "MERCHANT", customer_type: "CONSUMER" },
    });
    fake.approve(first.providerPaymentId);
    const paid = await provider.capturePayment({ providerPaymentId: first.providerPaymentId, idempotencyKey: "c" });
    expect(paid.savedMethod).toMatchObject({
      providerMethodId: expect.stringMatching(/^vault_/),
      providerCustomerId: expect.stringMatching(/^cust_/),
      brand: "paypal",
    });

    const renewal = await provider.createPayment(paymentInput({ amount: 990, savedMethod: paid.savedMethod!, offSession: true }));
    expect(renewal).toMatchObject({ status: "succeeded", amountCaptured: 990, nextActionUrl: null });
    expect(fake.requests.at(-1)?.body?.payment_source).toEqual({ paypal: { vault_id: paid.savedMethod!.providerMethodId } });

    fake.state.vaults.get(paid.savedMethod!.providerMethodId)!.declines = true;
    const declined = await provider.createPayment(paymentInput({ savedMethod: paid.savedMethod!, offSession: true }));
    expect(declined).toMatchObject({ status: "failed", amountCaptured: 0 });
  });

  it("refunds part of the capture with the idempotency key, and never more than captured", async () => {
    const provider = createPaypalProvider();
    const { providerPaymentId } = await provider.createPayment(paymentInput({ amount: 1_000 }));
    fake.approve(providerPaymentId);
    await provider.capturePayment({ providerPaymentId, idempotencyKey: "c" });
    const refund = await provider.refund({ providerPaymentId, amount: 250, currency: "EUR", reason: "Damaged", idempotencyKey: "r1" });
    expect(refund.status).toBe("succeeded");
    expect(await provider.refund({ providerPaymentId, amount: 250, currency: "EUR", idempotencyKey: "r1" })).toEqual(refund);
    const sent = fake.requests.find((request) => request.path.endsWith("/refund"))!;
    expect(sent).toMatchObject({ requestId: "r1", body: { amount: { currency_code: "EUR", value: "2.50" }, note_to_payer: "Damaged" } });
    expect(fake.state.refunds.size).toBe(1);
    await expect(provider.refund({ providerPaymentId, amount: 751, currency: "EUR", idempotencyKey: "r2" })).rejects.toThrow(
      /REFUND_AMOUNT_EXCEEDED|refund amount/i,
    );
    expect(await provider.retrievePayment(providerPaymentId)).toMatchObject({ status: "succeeded", amountCaptured: 1_000 });
  });

  it("a PENDING refund is read back from GET /v2/payments/refunds/{id} once PayPal settles it", async () => {
    const provider = createPaypalProvider();
    const { providerPaymentId } = await provider.createPayment(paymentInput({ amount: 1_000 }));
    fake.approve(providerPaymentId);
    await provider.capturePayment({ providerPaymentId, idempotencyKey: "c" });
    fake.state.refundStatus = "PENDING";
    const refund = await provider.refund({ providerPaymentId, amount: 400, currency: "EUR", idempotencyKey: "r-pending" });
    expect(refund.status).toBe("pending");
    expect(await provider.retrieveRefund!(refund.providerRefundId)).toEqual({ providerRefundId: refund.providerRefundId, status: "pending" });
    fake.state.refunds.get(refund.providerRefundId)!.status = "FAILED";
    expect(await provider.retrieveRefund!(refund.providerRefundId)).toEqual({ providerRefundId: refund.providerRefundId, status: "failed" });
    fake.state.refunds.get(refund.providerRefundId)!.status = "COMPLETED";
    expect((await provider.retrieveRefund!(refund.providerRefundId)).status).toBe("succeeded");
    expect(fake.requests.filter((request) => request.method === "GET" && request.path === `/v2/payments/refunds/${refund.providerRefundId}`)).toHaveLength(3);
  });

  it("refuses to refund an order that was never captured", async () => {
    const provider = createPaypalProvider();
    const { providerPaymentId } = await provider.createPayment(paymentInput());
    await expect(provider.refund({ providerPaymentId, amount: 1, currency: "EUR", idempotencyKey: "r" })).rejects.toThrow(/no capture/);
  });
});
