import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { capturePayment, checkout, getTokenBalance, handleProviderWebhook, WebhookVerificationError, type CheckoutResult } from "../../../src";
import { createHarness, eventNames, tenantId, type Harness } from "../checkout/harness";

let h: Harness;
let trial: CheckoutResult;
let setupId: string;

// A trial whose setup waits for the customer (3-D Secure on the provider's page).
beforeEach(async () => {
  h = await createHarness();
  h.provider.setupMode = "requires_action";
  trial = await checkout(h.ctx, h.deps, {
    userId: h.customerId,
    provider: "fake",
    idempotencyKey: "trial",
    cart: { currency: "EUR", items: [{ kind: "plan", planId: h.catalogue.trial }] },
  });
  setupId = (await h.db.payment.findUniqueOrThrow({ where: { id: trial.paymentId! } })).providerPaymentId!;
});
afterEach(() => h.close());

const deps = () => ({ db: h.db, providers: h.deps.providers, clock: h.clock });
const body = (id: string) => JSON.stringify({ id, type: "payment.updated", providerPaymentId: setupId });
const deliver = (id: string) => {
  const raw = body(id);
  return handleProviderWebhook(deps(), "fake", { headers: h.provider.sign(raw), rawBody: raw });
};
const customerCapture = (idempotencyKey: string) =>
  capturePayment({ ...h.ctx, actor: { tenantId, actorId: h.customerId, permissions: new Set<string>() } }, h.deps, {
    paymentId: trial.paymentId!,
    idempotencyKey,
    userId: h.customerId,
  });
const snapshot = async () => {
  const payment = await h.db.payment.findUniqueOrThrow({ where: { id: trial.paymentId! } });
  const subscription = await h.db.subscription.findUniqueOrThrow({ where: { id: trial.subscriptionIds[0]! } });
  return {
    invoice: (await h.db.invoice.findUniqueOrThrow({ where: { id: trial.invoiceId } })).status,
    payment: payment.status,
    paymentMethodId: payment.paymentMethodId,
    failureCode: payment.failureCode,
    nextActionUrl: payment.nextActionUrl,
    subscription: subscription.status,
    subscriptionMethodId: subscription.paymentMethodId,
    trialEnd: subscription.trialEnd?.toISOString() ?? null,
    methods: await h.db.paymentMethod.count(),
    tokens: await getTokenBalance(h.db, tenantId, h.customerId),
    outbox: await h.db.outboxEvent.count(),
    providerEvents: await h.db.providerEvent.count(),
  };
};

describe("a trial's setup settled by the provider's webhook (the customer never returns)", () => {
  it("succeeded: re-read from the provider, the card saved as default, the trial starts; a later capture is a no-op", async () => {
    h.provider.completeSetup(setupId);
    expect(await deliver("evt_setup_ok")).toEqual({ eventId: "evt_setup_ok", status: "processed", paymentStatus: "succeeded" });
    expect(h.provider.calls).toMatchObject({ retrieveSetup: 1, confirmSetup: 0 });

    const method = await h.db.paymentMethod.findFirstOrThrow({ where: { userId: h.customerId } });
    expect(method).toMatchObject({ provider: "fake", isDefault: true, last4: "4242", providerMethodId: `pm_${setupId}` });
    const settled = await snapshot();
    expect(settled).toMatchObject({
      invoice: "paid",
      payment: "succeeded",
      paymentMethodId: method.id,
      subscription: "trialing",
      subscriptionMethodId: method.id,
      trialEnd: "2026-01-24T12:00:00.000Z",
      methods: 1,
      tokens: 500,
      providerEvents: 1,
    });
    expect(await h.db.providerEvent.findFirstOrThrow()).toMatchObject({ eventId: "evt_setup_ok", tenantId, processedAt: expect.any(Date) });
    expect(await eventNames(h.db)).not.toContain("payment.captured");

    // The browser comes back later: the settled state, no provider call, nothing written twice.
    h.clock.advance(60_000);
    expect(await customerCapture("return")).toMatchObject({ status: "succeeded", invoiceStatus: "paid", paymentId: trial.paymentId, nextActionUrl: null });
    expect(h.provider.calls).toMatchObject({ retrieveSetup: 1, confirmSetup: 0 });
    expect(await snapshot()).toEqual(settled);
  });

  it("failed: recorded as capture records it (subscription canceled, zero invoice void, no method); a later capture answers the same", async () => {
    h.provider.completeSetup(setupId, "failed");
    expect(await deliver("evt_setup_failed")).toEqual({ eventId: "evt_setup_failed", status: "processed", paymentStatus: "failed" });
    const failed = await snapshot();
    expect(failed).toMatchObject({
      invoice: "void",
      payment: "failed",
      failureCode: "card_declined",
      subscription: "canceled",
      methods: 0,
      tokens: 0,
      providerEvents: 1,
    });
    expect(await eventNames(h.db)).toEqual(expect.arrayContaining(["subscription.canceled", "invoice.voided"]));
    expect(await eventNames(h.db)).not.toContain("payment.failed");

    expect(await customerCapture("return-failed")).toMatchObject({ status: "failed", invoiceStatus: "void", failureCode: "card_declined" });
    expect(h.provider.calls.confirmSetup).toBe(0);
    expect(await snapshot()).toEqual(failed);
  });

  it("still waiting on the customer: the event is recorded, nothing else changes; a later event settles it", async () => {
    const before = await snapshot();
    expect(await deliver("evt_early")).toEqual({ eventId: "evt_early", status: "processed", paymentStatus: "requires_action" });
    expect(h.provider.calls.retrieveSetup).toBe(1);
    expect(await snapshot()).toEqual({ ...before, providerEvents: 1 });

    h.provider.completeSetup(setupId);
    expect(await deliver("evt_later")).toMatchObject({ status: "processed", paymentStatus: "succeeded" });
    expect(await snapshot()).toMatchObject({ subscription: "trialing", invoice: "paid", methods: 1 });
  });

  it("a replayed event is a duplicate: nothing changes and the provider isn't asked again", async () => {
    h.provider.completeSetup(setupId);
    await deliver("evt_replay");
    const after = await snapshot();
    h.clock.advance(60_000);
    expect(await deliver("evt_replay")).toEqual({ eventId: "evt_replay", status: "duplicate" });
    expect(h.provider.calls.retrieveSetup).toBe(1);
    expect(await snapshot()).toEqual(after);
  });

  it("a forged or stale signature changes nothing, not even the event log, and asks the provider nothing", async () => {
    h.provider.completeSetup(setupId);
    const before = await snapshot();
    const raw = body("evt_forged");
    const forged = new Headers({ "x-fake-signature": `t=${Math.floor(h.clock.now().getTime() / 1000)},v1=${"ab".repeat(32)}` });
    await expect(handleProviderWebhook(deps(), "fake", { headers: forged, rawBody: raw })).rejects.toBeInstanceOf(WebhookVerificationError);
    await expect(handleProviderWebhook(deps(), "fake", { headers: h.provider.sign(body("evt_other")), rawBody: raw })).rejects.toBeInstanceOf(
      WebhookVerificationError,
    );
    const stale = h.provider.sign(raw, new Date(h.clock.now().getTime() - 301_000));
    await expect(handleProviderWebhook(deps(), "fake", { headers: stale, rawBody: raw })).rejects.toThrow(/tolerance/);
    expect(await snapshot()).toEqual(before);
    expect(before).toMatchObject({ subscription: "incomplete", payment: "requires_action", providerEvents: 0 });
    expect(h.provider.calls.retrieveSetup).toBe(0);
  });

  it("a setup capture already settled: the event is recorded without asking the provider, nothing changes", async () => {
    h.provider.completeSetup(setupId);
    await customerCapture("first");
    const settled = await snapshot();
    expect(await deliver("evt_after_capture")).toEqual({ eventId: "evt_after_capture", status: "processed", paymentStatus: "succeeded" });
    expect(h.provider.calls.retrieveSetup).toBe(0);
    expect(await snapshot()).toEqual({ ...settled, providerEvents: 1 });
  });

  it("a provider that can't re-read setups: the event is recorded and ignored (capture still settles it)", async () => {
    Object.assign(h.provider, { retrieveSetup: undefined });
    h.provider.completeSetup(setupId);
    expect(await deliver("evt_no_read")).toEqual({ eventId: "evt_no_read", status: "ignored" });
    expect(await snapshot()).toMatchObject({ subscription: "incomplete", payment: "requires_action", providerEvents: 1 });
    expect(await customerCapture("return")).toMatchObject({ status: "succeeded", invoiceStatus: "paid" });
  });
});
