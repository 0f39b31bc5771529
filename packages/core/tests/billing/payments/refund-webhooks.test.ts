import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  checkout,
  getTokenBalance,
  handleProviderWebhook,
  refundPayment,
  WebhookVerificationError,
  type CheckoutResult,
  type RefundOutcome,
} from "../../../src";
import { createHarness, tenantId, vat19, type Harness } from "../checkout/harness";

let h: Harness;
let paid: CheckoutResult;
let refund: RefundOutcome;
let providerRefundId: string;
// A plan (1900) and two bundles (2 × 500, 2,000 tokens), 19 % VAT per line.
const TOTAL = 1900 + vat19(1900) + 1000 + vat19(1000);
const PART = 1001;
const TOKENS_CLAWED = Math.round((2000 * PART) / TOTAL);

beforeEach(async () => {
  h = await createHarness();
  paid = await checkout(h.ctx, h.deps, {
    userId: h.customerId,
    provider: "fake",
    idempotencyKey: "buy",
    cart: {
      currency: "EUR",
      items: [
        { kind: "plan", planId: h.catalogue.monthly },
        { kind: "token_bundle", bundleId: h.catalogue.bundle, quantity: 2 },
      ],
    },
  });
  // Like Stripe: the provider accepts the refund but settles it later.
  h.provider.refundMode = "pending";
  refund = await refundPayment(h.ctx, h.deps, { paymentId: paid.paymentId!, amount: PART, reason: "goodwill", idempotencyKey: "r1" });
  providerRefundId = (await h.db.refund.findUniqueOrThrow({ where: { id: refund.refundId } })).providerRefundId!;
});
afterEach(() => h.close());

const deps = () => ({ db: h.db, providers: h.deps.providers, clock: h.clock });
const deliver = (id: string, refundId = providerRefundId) => {
  const raw = JSON.stringify({ id, type: "refund.updated", providerRefundId: refundId });
  return handleProviderWebhook(deps(), "fake", { headers: h.provider.sign(raw), rawBody: raw });
};
const snapshot = async () => ({
  refund: (await h.db.refund.findUniqueOrThrow({ where: { id: refund.refundId } })).status,
  payment: (await h.db.payment.findUniqueOrThrow({ where: { id: paid.paymentId! } })).amountRefunded,
  invoice: await h.db.invoice.findUniqueOrThrow({ where: { id: paid.invoiceId }, select: { status: true, amountPaid: true, amountRefunded: true } }),
  creditNote: await h.db.creditNote.findUniqueOrThrow({ where: { id: refund.creditNoteId! }, select: { status: true, voidedAt: true } }),
  tokens: await getTokenBalance(h.db, tenantId, h.customerId),
  ledgerEntries: await h.db.tokenLedgerEntry.count(),
  providerEvents: await h.db.providerEvent.count(),
  outbox: await h.db.outboxEvent.count(),
});

describe("refunds the provider settles later (refund.updated)", () => {
  it("a pending refund is reserved and credited at once, as today", async () => {
    expect(refund).toMatchObject({ status: "pending", amount: PART, tokensDebited: TOKENS_CLAWED });
    expect(await snapshot()).toMatchObject({
      refund: "pending",
      payment: PART,
      invoice: { status: "paid", amountRefunded: PART },
      creditNote: { status: "issued", voidedAt: null },
      tokens: 2000 - TOKENS_CLAWED,
    });
  });

  it("pending → succeeded is recorded and changes nothing else; succeeded is terminal", async () => {
    const before = await snapshot();
    h.provider.settleRefund(providerRefundId, "succeeded");
    expect(await deliver("evt_ok")).toEqual({ eventId: "evt_ok", status: "processed", refundStatus: "succeeded" });
    expect(await snapshot()).toEqual({ ...before, refund: "succeeded", providerEvents: before.providerEvents + 1 });

    // A later "failed" from the provider can't undo a refund that succeeded.
    h.provider.settleRefund(providerRefundId, "failed");
    const settled = await snapshot();
    expect(await deliver("evt_late")).toEqual({ eventId: "evt_late", status: "processed", refundStatus: "succeeded" });
    expect(await snapshot()).toEqual({ ...settled, providerEvents: settled.providerEvents + 1 });
    expect(await h.db.outboxEvent.count({ where: { name: "refund.failed" } })).toBe(0);
  });

  it("trusts the provider, not the webhook: a signed event for a still pending refund changes nothing", async () => {
    const before = await snapshot();
    expect(await deliver("evt_early")).toMatchObject({ status: "processed", refundStatus: "pending" });
    expect(await snapshot()).toEqual({ ...before, providerEvents: before.providerEvents + 1 });
  });

  it("pending → failed undoes it: amounts given back, credit note void, tokens re-credited, refund.failed emitted; the money can be refunded again", async () => {
    h.clock.advance(3_600_000);
    h.provider.settleRefund(providerRefundId, "failed");
    expect(await deliver("evt_fail")).toEqual({ eventId: "evt_fail", status: "processed", refundStatus: "failed" });
    expect(await snapshot()).toMatchObject({
      refund: "failed",
      payment: 0,
      invoice: { status: "paid", amountPaid: TOTAL, amountRefunded: 0 },
      creditNote: { status: "void", voidedAt: h.clock.now() },
      tokens: 2000,
    });
    // The tokens go back as a "refund" credit naming the clawback's debit entry.
    const debit = await h.db.tokenLedgerEntry.findFirstOrThrow({ where: { kind: "refund", amount: { lt: 0 } } });
    expect(await h.db.tokenLedgerEntry.findFirstOrThrow({ where: { kind: "refund", amount: { gt: 0 } } })).toMatchObject({
      amount: TOKENS_CLAWED,
      reference: debit.id,
      metadata: { refundId: refund.refundId, reason: "refund_failed" },
    });
    const events = await h.db.outboxEvent.findMany({ where: { name: "refund.failed" } });
    expect(events.map((event) => event.payload)).toEqual([
      {
        refundId: refund.refundId,
        paymentId: paid.paymentId,
        invoiceId: paid.invoiceId,
        provider: "fake",
        amount: PART,
        amountRefunded: 0,
        currency: "EUR",
        creditNoteId: refund.creditNoteId,
        tokensRestored: TOKENS_CLAWED,
      },
    ]);

    // Nothing is refunded any more, so the whole payment can be refunded (and a later failure reconciled) again.
    h.provider.refundMode = "succeed";
    const again = await refundPayment(h.ctx, h.deps, { paymentId: paid.paymentId!, idempotencyKey: "r2" });
    expect(again).toMatchObject({ amount: TOTAL, status: "succeeded", tokensDebited: 2000 });
  });

  it("a replayed event is a duplicate and changes nothing; another event for a failed refund gives nothing back twice", async () => {
    h.provider.settleRefund(providerRefundId, "failed");
    await deliver("evt_f1");
    const after = await snapshot();
    const retrieved = h.provider.calls.retrieveRefund;
    h.clock.advance(60_000);
    expect(await deliver("evt_f1")).toEqual({ eventId: "evt_f1", status: "duplicate" });
    expect(await snapshot()).toEqual(after);
    expect(h.provider.calls.retrieveRefund).toBe(retrieved);

    // Stripe sends refund.updated and refund.failed for the same change: the second one finds it settled.
    expect(await deliver("evt_f2")).toMatchObject({ status: "processed", refundStatus: "failed" });
    expect(await snapshot()).toEqual({ ...after, providerEvents: after.providerEvents + 1 });
  });

  it("a forged or stale signature changes nothing, not even the event log, and the provider isn't asked", async () => {
    h.provider.settleRefund(providerRefundId, "failed");
    const before = await snapshot();
    const raw = JSON.stringify({ id: "evt_forged", type: "refund.updated", providerRefundId });
    const forged = new Headers({ "x-fake-signature": `t=${Math.floor(h.clock.now().getTime() / 1000)},v1=${"ab".repeat(32)}` });
    await expect(handleProviderWebhook(deps(), "fake", { headers: forged, rawBody: raw })).rejects.toBeInstanceOf(WebhookVerificationError);
    const stale = h.provider.sign(raw, new Date(h.clock.now().getTime() - 301_000));
    await expect(handleProviderWebhook(deps(), "fake", { headers: stale, rawBody: raw })).rejects.toBeInstanceOf(WebhookVerificationError);
    expect(await snapshot()).toEqual(before);
    expect(h.provider.calls.retrieveRefund).toBe(0);
  });

  it("an unknown refund id is recorded and answered like an unknown payment", async () => {
    const before = await snapshot();
    expect(await deliver("evt_unknown", "re_nobody")).toEqual({ eventId: "evt_unknown", status: "unknown_refund" });
    expect(await h.db.providerEvent.findFirstOrThrow({ where: { eventId: "evt_unknown" } })).toMatchObject({
      type: "refund.updated",
      tenantId,
      processedAt: expect.any(Date),
    });
    expect(await deliver("evt_unknown", "re_nobody")).toEqual({ eventId: "evt_unknown", status: "duplicate" });
    expect(await snapshot()).toEqual({ ...before, providerEvents: before.providerEvents + 1 });
    expect(h.provider.calls.retrieveRefund).toBe(0);
  });

  it("a provider that can't re-read refunds (immediate refunds only) has its event recorded and ignored", async () => {
    const retrieveRefund = h.provider.retrieveRefund;
    Object.assign(h.provider, { retrieveRefund: undefined });
    try {
      const before = await snapshot();
      expect(await deliver("evt_noread")).toEqual({ eventId: "evt_noread", status: "ignored" });
      expect(await snapshot()).toEqual({ ...before, providerEvents: before.providerEvents + 1 });
    } finally {
      Object.assign(h.provider, { retrieveRefund });
    }
  });
});
