import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  adjustTokens,
  capturePayment,
  checkout,
  creditTokens,
  getTokenBalance,
  MAX_AMOUNT,
  refundPayment,
  retryDueFulfilments,
  retryFulfilment,
  voidInvoice,
  type CheckoutResult,
} from "../../../src";
import { createHarness, eventNames, tenantId, type Harness } from "../checkout/harness";

let h: Harness;
let pending: CheckoutResult;

/** A plan, an add-on and a bundle (1,000 tokens), paid through 3-D Secure: the capture is where money moves. */
beforeEach(async () => {
  h = await createHarness();
  h.provider.mode = "requires_action";
  pending = await checkout(h.ctx, h.deps, {
    userId: h.customerId,
    provider: "fake",
    idempotencyKey: "buy",
    cart: {
      currency: "EUR",
      items: [
        { kind: "plan", planId: h.catalogue.monthly },
        { kind: "add_on", addOnId: h.catalogue.addOn },
        { kind: "token_bundle", bundleId: h.catalogue.bundle },
      ],
    },
  });
});
afterEach(() => h.close());

const providerIdOf = async (paymentId: string) => (await h.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).providerPaymentId!;
const state = async () => ({
  invoice: (await h.db.invoice.findUniqueOrThrow({ where: { id: pending.invoiceId } })).status,
  payment: (await h.db.payment.findUniqueOrThrow({ where: { id: pending.paymentId! } })).status,
  subscription: (await h.db.subscription.findFirstOrThrow()).status,
  addOn: (await h.db.addOnPurchase.findFirstOrThrow()).status,
  tokens: await getTokenBalance(h.db, tenantId, h.customerId),
});

/** Between checkout and capture, other credits filled the wallet: the bundle's 1,000 tokens no longer fit. */
async function fillWallet() {
  await creditTokens(h.db, { tenantId, userId: h.customerId, amount: MAX_AMOUNT - 500, kind: "adjustment", now: h.clock.now() });
}

describe("money the provider took is always recorded", () => {
  it("records a capture whose fulfilment fails as paid, delivers nothing, and queues it for an operator with an event", async () => {
    await fillWallet();
    h.provider.completeAction(await providerIdOf(pending.paymentId!));
    const outcome = await capturePayment(h.ctx, h.deps, { paymentId: pending.paymentId!, idempotencyKey: "cap" });

    expect(outcome).toMatchObject({ status: "succeeded", invoiceStatus: "paid" });
    // All or nothing: the plan and add-on did not activate either (a savepoint undid the partial delivery).
    expect(await state()).toEqual({ invoice: "paid", payment: "succeeded", subscription: "incomplete", addOn: "pending", tokens: MAX_AMOUNT - 500 });
    const issue = await h.db.paymentIssue.findFirstOrThrow();
    expect(issue).toMatchObject({
      kind: "fulfilment_failed",
      status: "open",
      invoiceId: pending.invoiceId,
      paymentId: pending.paymentId,
      userId: h.customerId,
    });
    expect(issue.message).toMatch(/TOKEN_BALANCE_OVERFLOW|can't take 1000 more tokens/);
    expect(issue.nextRetryAt).not.toBeNull();
    const events = await eventNames(h.db);
    expect(events.filter((name) => ["payment.captured", "invoice.paid", "payment_issue.opened"].includes(name)).sort()).toEqual([
      "invoice.paid",
      "payment.captured",
      "payment_issue.opened",
    ]);
    // The only credit is the one that filled the wallet: the bundle's never happened.
    expect(events.filter((name) => name === "tokens.credited")).toHaveLength(1);
    // A second capture (the customer reloads) changes nothing and opens no second issue.
    expect(await capturePayment(h.ctx, h.deps, { paymentId: pending.paymentId!, idempotencyKey: "cap-again" })).toMatchObject({
      status: "succeeded",
      invoiceStatus: "paid",
    });
    expect(await h.db.paymentIssue.count()).toBe(1);
  });

  it("retries automatically with back-off, and a retry after the cause is gone delivers exactly once", async () => {
    await fillWallet();
    h.provider.completeAction(await providerIdOf(pending.paymentId!));
    await capturePayment(h.ctx, h.deps, { paymentId: pending.paymentId!, idempotencyKey: "cap" });

    expect(await retryDueFulfilments({ db: h.db, clock: h.clock })).toEqual({ retried: 0, fulfilled: 0 });
    h.clock.advance(60_000);
    expect(await retryDueFulfilments({ db: h.db, clock: h.clock })).toEqual({ retried: 1, fulfilled: 0 });
    const after = await h.db.paymentIssue.findFirstOrThrow();
    expect(after.attempts).toBe(1);
    expect(after.nextRetryAt!.getTime()).toBe(h.clock.now().getTime() + 10 * 60_000);

    // The operator makes room in the wallet; the next automatic retry delivers.
    await adjustTokens(h.ctx, { userId: h.customerId, amount: -(MAX_AMOUNT - 500), reason: "make room" });
    h.clock.advance(10 * 60_000);
    expect(await retryDueFulfilments({ db: h.db, clock: h.clock })).toEqual({ retried: 1, fulfilled: 1 });
    expect(await state()).toEqual({ invoice: "paid", payment: "succeeded", subscription: "active", addOn: "active", tokens: 1000 });
    expect(await h.db.paymentIssue.findFirstOrThrow()).toMatchObject({ status: "resolved", resolution: "fulfilled", attempts: 2, nextRetryAt: null });
    // Retrying a resolved issue (an operator's click racing the sweep) delivers nothing more.
    expect(await retryFulfilment(h.ctx, after.id)).toMatchObject({ fulfilled: true });
    expect(await getTokenBalance(h.db, tenantId, h.customerId)).toBe(1000);
    expect((await eventNames(h.db)).filter((name) => name === "payment_issue.resolved")).toHaveLength(1);
  });

  it("stops retrying by itself after the last back-off step; the issue stays open for an operator", async () => {
    await fillWallet();
    h.provider.completeAction(await providerIdOf(pending.paymentId!));
    await capturePayment(h.ctx, h.deps, { paymentId: pending.paymentId!, idempotencyKey: "cap" });
    for (let step = 0; step < 6; step++) {
      h.clock.advance(7 * 60 * 60_000);
      await retryDueFulfilments({ db: h.db, clock: h.clock });
    }
    expect(await h.db.paymentIssue.findFirstOrThrow()).toMatchObject({ status: "open", attempts: 4, nextRetryAt: null });
  });

  it("records money for a voided invoice and queues a refund; refunding it closes the issue without touching the invoice", async () => {
    await voidInvoice(h.ctx, pending.invoiceId, { reason: "customer asked" });
    // The customer had the 3-D Secure page open and finished it anyway: the provider took the money.
    h.provider.completeAction(await providerIdOf(pending.paymentId!));
    const outcome = await capturePayment(h.ctx, h.deps, { paymentId: pending.paymentId!, idempotencyKey: "cap" });
    expect(outcome).toMatchObject({ status: "succeeded", invoiceStatus: "void" });
    const issue = await h.db.paymentIssue.findFirstOrThrow();
    expect(issue).toMatchObject({ kind: "invoice_not_payable", status: "open" });

    const refund = await refundPayment(h.ctx, h.deps, { paymentId: pending.paymentId!, idempotencyKey: "give-back" });
    expect(refund).toMatchObject({ amount: pending.total, creditNoteId: null, tokensDebited: 0 });
    expect(await h.db.invoice.findUniqueOrThrow({ where: { id: pending.invoiceId } })).toMatchObject({ status: "void", amountPaid: 0, amountRefunded: 0 });
    expect(await h.db.creditNote.count()).toBe(0);
    expect(await h.db.paymentIssue.findFirstOrThrow()).toMatchObject({ status: "resolved", resolution: "refunded" });
    expect(h.provider.refunds).toHaveLength(1);
  });

  it("a second payment of a paid invoice is recorded as a duplicate to refund, never delivered twice", async () => {
    const firstProviderId = await providerIdOf(pending.paymentId!);
    h.provider.completeAction(firstProviderId);
    await capturePayment(h.ctx, h.deps, { paymentId: pending.paymentId!, idempotencyKey: "cap" });
    // A second attempt at the same invoice that the customer also completed (another tab, a stale page).
    const second = await h.db.payment.create({
      data: {
        tenantId,
        invoiceId: pending.invoiceId,
        provider: "fake",
        status: "requires_action",
        amount: pending.total,
        currency: "EUR",
        providerPaymentId: null,
      },
    });
    const other = await h.provider.createPayment({
      tenantId,
      paymentId: second.id,
      invoiceId: pending.invoiceId,
      amount: pending.total,
      currency: "EUR",
      description: "",
      returnUrl: "",
      customer: { userId: h.customerId, email: null, name: null, country: "DE" },
      savePaymentMethod: false,
      offSession: false,
      idempotencyKey: "second-tab",
    });
    await h.db.payment.update({ where: { id: second.id }, data: { providerPaymentId: other.providerPaymentId } });
    h.provider.completeAction(other.providerPaymentId);
    await capturePayment(h.ctx, h.deps, { paymentId: second.id, idempotencyKey: "cap-2" });

    expect(await getTokenBalance(h.db, tenantId, h.customerId)).toBe(1000);
    const issue = await h.db.paymentIssue.findFirstOrThrow();
    expect(issue).toMatchObject({ kind: "duplicate_payment", paymentId: second.id, status: "open" });
    await refundPayment(h.ctx, h.deps, { paymentId: second.id, idempotencyKey: "dup" });
    expect(await h.db.invoice.findUniqueOrThrow({ where: { id: pending.invoiceId } })).toMatchObject({
      status: "paid",
      amountPaid: pending.total,
      amountRefunded: 0,
    });
    expect(await getTokenBalance(h.db, tenantId, h.customerId)).toBe(1000);
    expect(await h.db.paymentIssue.findFirstOrThrow()).toMatchObject({ status: "resolved", resolution: "refunded" });
  });

  it("a capture for another amount than asked is not trusted: the invoice stays open and an operator is told", async () => {
    const providerId = await providerIdOf(pending.paymentId!);
    h.provider.completeAction(providerId);
    h.provider.payments.get(providerId)!.amountCaptured = 1;
    const outcome = await capturePayment(h.ctx, h.deps, { paymentId: pending.paymentId!, idempotencyKey: "cap" });
    expect(outcome).toMatchObject({ invoiceStatus: "open" });
    expect(await h.db.paymentIssue.findFirstOrThrow()).toMatchObject({ kind: "amount_mismatch", status: "open" });
    expect(await eventNames(h.db)).toContain("payment_issue.opened");
  });
});
