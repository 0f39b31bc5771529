import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { capturePayment, checkout, getTokenBalance, handleProviderWebhook, staticPaymentProviders, type CheckoutResult } from "../../../src";
import { FakeProvider } from "../payments/fake-provider";
import { createHarness, eventNames, tenantId, type Harness } from "./harness";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(() => h.close());

const buyTrial = (key: string, provider: string | null = "fake") =>
  checkout(h.ctx, h.deps, {
    userId: h.customerId,
    provider,
    idempotencyKey: key,
    cart: { currency: "EUR", items: [{ kind: "plan", planId: h.catalogue.trial }] },
  });
const subscriptionOf = (result: CheckoutResult) => h.db.subscription.findUniqueOrThrow({ where: { id: result.subscriptionIds[0]! } });
const counts = async () => ({
  invoices: await h.db.invoice.count(),
  subscriptions: await h.db.subscription.count(),
  payments: await h.db.payment.count(),
  methods: await h.db.paymentMethod.count(),
  events: await h.db.outboxEvent.count(),
  ledger: await h.db.tokenLedgerEntry.count(),
});

describe("a trial that renews automatically saves a payment method first (SetupIntent semantics)", () => {
  it("setup succeeds at once: trialing with the saved card as default, zero invoice paid, nothing charged", async () => {
    const result = await buyTrial("trial-ok");
    expect(result).toMatchObject({ status: "paid", invoiceStatus: "paid", total: 0, nextActionUrl: null });
    expect(h.provider.calls).toMatchObject({ setup: 1, create: 0 });
    const method = await h.db.paymentMethod.findFirstOrThrow({ where: { userId: h.customerId } });
    expect(method).toMatchObject({ provider: "fake", isDefault: true, last4: "4242" });
    const subscription = await subscriptionOf(result);
    expect(subscription).toMatchObject({ status: "trialing", paymentMethodId: method.id, collectionMethod: "charge_automatically", provider: "fake" });
    const setup = await h.db.payment.findUniqueOrThrow({ where: { id: result.paymentId! } });
    expect(setup).toMatchObject({ amount: 0, status: "succeeded", invoiceId: result.invoiceId, paymentMethodId: method.id });
    expect(setup.providerPaymentId).toMatch(/^fs_/);
    expect(await getTokenBalance(h.db, tenantId, h.customerId)).toBe(500);
    expect(await eventNames(h.db)).not.toContain("payment.captured");
  });

  it("setup needs the customer: incomplete and open until capture confirms it, then trialing with the card", async () => {
    h.provider.setupMode = "requires_action";
    const result = await buyTrial("trial-3ds");
    expect(result).toMatchObject({ status: "requires_action", invoiceStatus: "open", total: 0 });
    expect(result.nextActionUrl).toMatch(/^https:\/\/fake\.test\/setup\/fs_/);
    expect(await subscriptionOf(result)).toMatchObject({ status: "incomplete", paymentMethodId: null });
    expect(await getTokenBalance(h.db, tenantId, h.customerId)).toBe(0);

    const customerCtx = { ...h.ctx, actor: { tenantId, actorId: h.customerId, permissions: new Set<string>() } };
    const early = await capturePayment(customerCtx, h.deps, { paymentId: result.paymentId!, idempotencyKey: "confirm-early", userId: h.customerId });
    expect(early).toMatchObject({ status: "requires_action", invoiceStatus: "open" });

    const setupId = (await h.db.payment.findUniqueOrThrow({ where: { id: result.paymentId! } })).providerPaymentId!;
    h.provider.completeSetup(setupId);
    const confirmed = await capturePayment(customerCtx, h.deps, { paymentId: result.paymentId!, idempotencyKey: "confirm", userId: h.customerId });
    expect(confirmed).toMatchObject({ status: "succeeded", invoiceStatus: "paid", paymentId: result.paymentId });
    const subscription = await subscriptionOf(result);
    const method = await h.db.paymentMethod.findFirstOrThrow({ where: { userId: h.customerId } });
    expect(subscription).toMatchObject({ status: "trialing", paymentMethodId: method.id });
    expect(subscription.trialEnd?.toISOString()).toBe("2026-01-24T12:00:00.000Z");
    expect(await getTokenBalance(h.db, tenantId, h.customerId)).toBe(500);
    // Confirming again changes nothing and asks the provider nothing.
    const calls = h.provider.calls.confirmSetup;
    await capturePayment(customerCtx, h.deps, { paymentId: result.paymentId!, idempotencyKey: "confirm-again", userId: h.customerId });
    expect(h.provider.calls.confirmSetup).toBe(calls);
    expect(await getTokenBalance(h.db, tenantId, h.customerId)).toBe(500);
  });

  it("a declined setup fails the checkout with a clear error and writes nothing; the key can be retried", async () => {
    h.provider.setupMode = "decline";
    const before = await counts();
    await expect(buyTrial("trial-declined")).rejects.toMatchObject({
      code: "PAYMENT_METHOD_SETUP_FAILED",
      message: expect.stringMatching(/needs a payment method.*declined/),
    });
    expect(await counts()).toEqual(before);
    h.provider.setupMode = "throw";
    await expect(buyTrial("trial-declined")).rejects.toMatchObject({ code: "PAYMENT_METHOD_SETUP_FAILED" });
    expect(await counts()).toEqual(before);
    h.provider.setupMode = "succeed";
    expect((await buyTrial("trial-declined-2")).status).toBe("paid");
  });

  it("a setup that fails on the provider's page ends it: no subscription (canceled), zero invoice void, no method", async () => {
    h.provider.setupMode = "requires_action";
    const result = await buyTrial("trial-fails-later");
    const setupId = (await h.db.payment.findUniqueOrThrow({ where: { id: result.paymentId! } })).providerPaymentId!;
    h.provider.completeSetup(setupId, "failed");
    const outcome = await capturePayment(h.ctx, h.deps, { paymentId: result.paymentId!, idempotencyKey: "confirm-failed" });
    expect(outcome).toMatchObject({ status: "failed", invoiceStatus: "void", failureCode: "card_declined" });
    expect(await subscriptionOf(result)).toMatchObject({ status: "canceled" });
    expect(await h.db.paymentMethod.count()).toBe(0);
    expect(await getTokenBalance(h.db, tenantId, h.customerId)).toBe(0);
    expect(await eventNames(h.db)).toEqual(expect.arrayContaining(["subscription.canceled", "invoice.voided"]));
    expect(await eventNames(h.db)).not.toContain("payment.failed");
  });

  it("a webhook naming a setup re-reads it from the provider (setup-webhooks.test.ts covers the rest)", async () => {
    h.provider.setupMode = "requires_action";
    const result = await buyTrial("trial-webhook");
    const setupId = (await h.db.payment.findUniqueOrThrow({ where: { id: result.paymentId! } })).providerPaymentId!;
    h.provider.completeSetup(setupId);
    const raw = JSON.stringify({ id: "evt_setup", type: "payment.updated", providerPaymentId: setupId });
    const outcome = await handleProviderWebhook({ db: h.db, providers: h.deps.providers, clock: h.clock }, "fake", {
      headers: h.provider.sign(raw),
      rawBody: raw,
    });
    expect(outcome).toEqual({ eventId: "evt_setup", status: "processed", paymentStatus: "succeeded" });
    expect(h.provider.calls).toMatchObject({ retrieve: 0, retrieveSetup: 1 });
    expect(await subscriptionOf(result)).toMatchObject({ status: "trialing" });
  });
});

describe("trials through providers that can't save a method", () => {
  it("start with collection send_invoice (the first invoice is emailed at the trial end); no provider call", async () => {
    const bank = new FakeProvider("bank", h.clock);
    Object.assign(bank, { supportsSavedMethods: false });
    const deps = { ...h.deps, providers: staticPaymentProviders([h.provider, bank]) };
    const viaBank = await checkout(h.ctx, deps, {
      userId: h.customerId,
      provider: "bank",
      idempotencyKey: "bank-trial",
      cart: { currency: "EUR", items: [{ kind: "plan", planId: h.catalogue.trial }] },
    });
    expect(viaBank).toMatchObject({ status: "paid", paymentId: null });
    expect(await subscriptionOf(viaBank)).toMatchObject({ status: "trialing", collectionMethod: "send_invoice", provider: "bank", paymentMethodId: null });
    expect(bank.calls).toMatchObject({ setup: 0, create: 0 });
  });

  it("without a provider too; a provider not offered is refused", async () => {
    const none = await buyTrial("no-provider", null);
    expect(await subscriptionOf(none)).toMatchObject({ status: "trialing", collectionMethod: "send_invoice", provider: null });
    await h.db.subscription.updateMany({ data: { status: "canceled" } });
    await expect(buyTrial("unknown-provider", "nope")).rejects.toMatchObject({ code: "PROVIDER_UNAVAILABLE" });
  });
});
