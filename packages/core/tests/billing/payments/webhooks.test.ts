import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkout, handleProviderWebhook, WebhookVerificationError, type CheckoutResult } from "../../../src";
import { createHarness, type Harness } from "../checkout/harness";

let h: Harness;
let pending: CheckoutResult;
let providerPaymentId: string;

beforeEach(async () => {
  h = await createHarness();
  h.provider.mode = "requires_action";
  pending = await checkout(h.ctx, h.deps, {
    userId: h.customerId,
    provider: "fake",
    idempotencyKey: "buy",
    cart: { currency: "EUR", items: [{ kind: "plan", planId: h.catalogue.monthly }] },
  });
  providerPaymentId = (await h.db.payment.findUniqueOrThrow({ where: { id: pending.paymentId! } })).providerPaymentId!;
});
afterEach(() => h.close());

const deps = () => ({ db: h.db, providers: h.deps.providers, clock: h.clock });
const body = (id: string) => JSON.stringify({ id, type: "payment.updated", providerPaymentId });
const snapshot = async () => ({
  invoice: (await h.db.invoice.findUniqueOrThrow({ where: { id: pending.invoiceId } })).status,
  payment: (await h.db.payment.findUniqueOrThrow({ where: { id: pending.paymentId! } })).status,
  subscription: (await h.db.subscription.findFirstOrThrow()).status,
  providerEvents: await h.db.providerEvent.count(),
  outbox: await h.db.outboxEvent.count(),
});

describe("handleProviderWebhook", () => {
  it("verifies, then reconciles against the provider: the payment succeeded, so the invoice is paid", async () => {
    h.provider.completeAction(providerPaymentId);
    const raw = body("evt_1");
    const outcome = await handleProviderWebhook(deps(), "fake", { headers: h.provider.sign(raw), rawBody: raw });
    expect(outcome).toEqual({ eventId: "evt_1", status: "processed", paymentStatus: "succeeded" });
    expect(await snapshot()).toMatchObject({ invoice: "paid", payment: "succeeded", subscription: "active", providerEvents: 1 });
  });

  it("a forged signature changes nothing, not even the event log", async () => {
    h.provider.completeAction(providerPaymentId);
    const before = await snapshot();
    const raw = body("evt_forged");
    const headers = new Headers({ "x-fake-signature": `t=${Math.floor(h.clock.now().getTime() / 1000)},v1=${"ab".repeat(32)}` });
    await expect(handleProviderWebhook(deps(), "fake", { headers, rawBody: raw })).rejects.toBeInstanceOf(WebhookVerificationError);
    // A valid signature over another body doesn't cover this one.
    await expect(handleProviderWebhook(deps(), "fake", { headers: h.provider.sign(body("evt_other")), rawBody: raw })).rejects.toBeInstanceOf(
      WebhookVerificationError,
    );
    expect(await snapshot()).toEqual(before);
    expect(h.provider.calls.retrieve).toBe(0);
  });

  it("a stale signature (older than 300 s) changes nothing", async () => {
    h.provider.completeAction(providerPaymentId);
    const before = await snapshot();
    const raw = body("evt_stale");
    const headers = h.provider.sign(raw, new Date(h.clock.now().getTime() - 301_000));
    await expect(handleProviderWebhook(deps(), "fake", { headers, rawBody: raw })).rejects.toThrow(/tolerance/);
    expect(await snapshot()).toEqual(before);
  });

  it("a replayed event is answered as a duplicate and changes nothing", async () => {
    h.provider.completeAction(providerPaymentId);
    const raw = body("evt_replay");
    await handleProviderWebhook(deps(), "fake", { headers: h.provider.sign(raw), rawBody: raw });
    const after = await snapshot();
    h.clock.advance(60_000);
    const replay = await handleProviderWebhook(deps(), "fake", { headers: h.provider.sign(raw), rawBody: raw });
    expect(replay).toEqual({ eventId: "evt_replay", status: "duplicate" });
    expect(await snapshot()).toEqual(after);
  });

  it("trusts the provider, not the webhook: a signed event for a payment still needing action leaves it so", async () => {
    const raw = body("evt_early");
    const outcome = await handleProviderWebhook(deps(), "fake", { headers: h.provider.sign(raw), rawBody: raw });
    expect(outcome.paymentStatus).toBe("requires_action");
    expect(await snapshot()).toMatchObject({ invoice: "open", payment: "requires_action", subscription: "incomplete" });
  });

  it("a failure reported by the provider emits payment.failed once", async () => {
    h.provider.completeAction(providerPaymentId, "failed");
    for (const id of ["evt_f1", "evt_f2"]) {
      const raw = body(id);
      await handleProviderWebhook(deps(), "fake", { headers: h.provider.sign(raw), rawBody: raw });
    }
    expect(await h.db.outboxEvent.count({ where: { name: "payment.failed" } })).toBe(1);
    expect(await snapshot()).toMatchObject({ invoice: "open", payment: "failed" });
  });

  it("an unknown provider is refused", async () => {
    await expect(handleProviderWebhook(deps(), "nope", { headers: new Headers(), rawBody: "{}" })).rejects.toMatchObject({ code: "PROVIDER_NOT_FOUND" });
  });
});
