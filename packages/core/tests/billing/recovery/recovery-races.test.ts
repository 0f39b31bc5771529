import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  adjustTokens,
  capturePayment,
  checkout,
  creditTokens,
  getTokenBalance,
  MAX_AMOUNT,
  recoverStalePayments,
  retryDueFulfilments,
  retryFulfilment,
  type CheckoutResult,
} from "../../../src";
import { createHarness, eventNames, tenantId, type Harness } from "../checkout/harness";

// Races need real connections in parallel; PGlite serialises everything on one.
const onServer = Boolean(process.env.DATABASE_URL);

let h: Harness;
let pending: CheckoutResult;

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
        { kind: "token_bundle", bundleId: h.catalogue.bundle },
      ],
    },
  });
});
afterEach(() => h.close());

const providerIdOf = async (paymentId: string) => (await h.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).providerPaymentId!;
const countOf = async (name: string) => (await eventNames(h.db)).filter((event) => event === name).length;
const deliveredOnce = async () => ({
  invoice: (await h.db.invoice.findUniqueOrThrow({ where: { id: pending.invoiceId } })).status,
  subscription: (await h.db.subscription.findFirstOrThrow()).status,
  tokens: await getTokenBalance(h.db, tenantId, h.customerId),
  purchaseEntries: await h.db.tokenLedgerEntry.count({ where: { kind: "purchase", reference: pending.invoiceId } }),
  paidEvents: await countOf("invoice.paid"),
});

describe.skipIf(!onServer)("recovery racing itself and operators over PostgreSQL", () => {
  it("operators clicking retry while two sweeps retry the same issue deliver exactly once", async () => {
    // The capture fails to deliver (the wallet is full), so an issue is open; then room is made.
    await creditTokens(h.db, { tenantId, userId: h.customerId, amount: MAX_AMOUNT - 500, kind: "adjustment", now: h.clock.now() });
    h.provider.completeAction(await providerIdOf(pending.paymentId!));
    await capturePayment(h.ctx, h.deps, { paymentId: pending.paymentId!, idempotencyKey: "cap" });
    const issue = await h.db.paymentIssue.findFirstOrThrow();
    await adjustTokens(h.ctx, { userId: h.customerId, amount: -(MAX_AMOUNT - 500), reason: "make room" });
    h.clock.advance(60_000);

    const job = { db: h.db, clock: h.clock };
    const results = await Promise.all([
      ...Array.from({ length: 6 }, () => retryFulfilment(h.ctx, issue.id)),
      retryDueFulfilments(job),
      retryDueFulfilments(job),
    ]);

    expect(results.slice(0, 6).map((result) => (result as { fulfilled: boolean }).fulfilled)).toEqual(Array(6).fill(true));
    expect(await deliveredOnce()).toEqual({ invoice: "paid", subscription: "active", tokens: 1000, purchaseEntries: 1, paidEvents: 1 });
    expect(await h.db.paymentIssue.findUniqueOrThrow({ where: { id: issue.id } })).toMatchObject({ status: "resolved", resolution: "fulfilled" });
    expect(await countOf("payment_issue.resolved")).toBe(1);
  });

  it("four sweeps finding the same unrecorded payment ask the provider once and record it once", async () => {
    // The customer finished 3-D Secure but never came back to capture: only the sweep learns of it.
    h.provider.completeAction(await providerIdOf(pending.paymentId!));
    h.clock.advance(11 * 60_000);
    const asked = h.provider.calls.retrieve + h.provider.calls.capture;

    const job = { db: h.db, clock: h.clock };
    await Promise.all(Array.from({ length: 4 }, () => recoverStalePayments(job, h.deps)));

    expect(h.provider.calls.retrieve + h.provider.calls.capture - asked).toBe(1);
    expect(await deliveredOnce()).toEqual({ invoice: "paid", subscription: "active", tokens: 1000, purchaseEntries: 1, paidEvents: 1 });
    expect(await h.db.payment.findUniqueOrThrow({ where: { id: pending.paymentId! } })).toMatchObject({ status: "succeeded", checkAfter: null });
  });
});
