import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkout, getTokenBalance, refundPayment, type CheckoutResult } from "../../../src";
import { createHarness, eventNames, operator, tenantId, vat19, type Harness } from "../checkout/harness";

let h: Harness;
let paid: CheckoutResult;
// A plan (1900) and two bundles (2 × 500, 2,000 tokens), 19 % VAT per line.
const TOTAL = 1900 + vat19(1900) + 1000 + vat19(1000);
const TAX = vat19(1900) + vat19(1000);

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
});
afterEach(() => h.close());

/** The refunded slice's share, computed independently: cumulative, halves away from zero. */
const share = (part: number, before: number, after: number) => Math.round((part * after) / TOTAL) - Math.round((part * before) / TOTAL);

describe("refundPayment", () => {
  it("refunds in parts through the original provider; credit notes are numbered and carry the tax share; parts add up exactly", async () => {
    expect(paid.total).toBe(TOTAL);
    const first = await refundPayment(h.ctx, h.deps, { paymentId: paid.paymentId!, amount: 1001, reason: "goodwill", idempotencyKey: "r1" });
    expect(first).toMatchObject({ amount: 1001, creditNoteNumber: "CN-2026-000001", taxAmount: share(TAX, 0, 1001), status: "succeeded" });
    expect(h.provider.refunds).toEqual([expect.objectContaining({ amount: 1001, currency: "EUR", providerPaymentId: expect.stringMatching(/^fp_/) })]);

    const rest = await refundPayment(h.ctx, h.deps, { invoiceId: paid.invoiceId, idempotencyKey: "r2" });
    expect(rest).toMatchObject({ amount: TOTAL - 1001, creditNoteNumber: "CN-2026-000002", taxAmount: share(TAX, 1001, TOTAL) });
    expect(first.taxAmount + rest.taxAmount).toBe(TAX);

    const invoice = await h.db.invoice.findUniqueOrThrow({ where: { id: paid.invoiceId } });
    expect(invoice).toMatchObject({ status: "paid", amountPaid: TOTAL, amountRefunded: TOTAL });
    expect(await h.db.payment.findUniqueOrThrow({ where: { id: paid.paymentId! } })).toMatchObject({ amountRefunded: TOTAL });
    expect((await h.db.creditNote.findMany({ orderBy: { number: "asc" } })).map((note) => note.amount)).toEqual([1001, TOTAL - 1001]);
    expect((await eventNames(h.db)).filter((name) => name === "payment.refunded" || name === "credit_note.created")).toHaveLength(4);
    // Tokens: 2,000 bought; taken back in proportion to the refunded share.
    expect(first.tokensDebited + rest.tokensDebited).toBe(2000);
    expect(first.tokensDebited).toBe(share(2000, 0, 1001));
    expect(await getTokenBalance(h.db, tenantId, h.customerId)).toBe(0);
    expect(await h.db.auditLog.count({ where: { action: "payment.refund" } })).toBe(2);
  });

  it("never refunds more than what is left, naming the amount field; the same key replays, other parameters are refused", async () => {
    const tooMuch = await refundPayment(h.ctx, h.deps, { paymentId: paid.paymentId!, amount: TOTAL + 1, idempotencyKey: "big" }).catch((e) => e);
    expect(tooMuch).toMatchObject({ code: "REFUND_AMOUNT_INVALID" });
    expect(tooMuch.message).toContain("field: amount");
    const once = await refundPayment(h.ctx, h.deps, { paymentId: paid.paymentId!, amount: 500, idempotencyKey: "same" });
    const replay = await refundPayment(h.ctx, h.deps, { paymentId: paid.paymentId!, amount: 500, idempotencyKey: "same" });
    expect(replay).toEqual(once);
    expect(h.provider.refunds).toHaveLength(1);
    await expect(refundPayment(h.ctx, h.deps, { paymentId: paid.paymentId!, amount: 501, idempotencyKey: "same" })).rejects.toMatchObject({
      code: "IDEMPOTENCY_KEY_REUSED",
    });
  });

  it("keeps tokens already spent: only what the wallet still holds is taken back", async () => {
    const { debitTokens } = await import("../../../src");
    await debitTokens(h.db, { tenantId, userId: h.customerId, amount: 1900, kind: "usage", feature: "ai", now: h.clock.now() });
    const refund = await refundPayment(h.ctx, h.deps, { paymentId: paid.paymentId!, idempotencyKey: "all" });
    expect(refund.tokensDebited).toBe(100);
    expect(await getTokenBalance(h.db, tenantId, h.customerId)).toBe(0);
  });

  it("a provider refusal gives the reservation back and issues no credit note", async () => {
    h.provider.refundMode = "fail";
    await expect(refundPayment(h.ctx, h.deps, { paymentId: paid.paymentId!, amount: 100, idempotencyKey: "nope" })).rejects.toMatchObject({
      code: "REFUND_FAILED",
    });
    expect(await h.db.payment.findUniqueOrThrow({ where: { id: paid.paymentId! } })).toMatchObject({ amountRefunded: 0 });
    expect(await h.db.creditNote.count()).toBe(0);
    expect(await h.db.refund.findFirstOrThrow()).toMatchObject({ status: "failed" });
  });

  it("needs billing:refund", async () => {
    const ctx = { ...h.ctx, actor: operator(new Set(["billing:manage"])) };
    await expect(refundPayment(ctx, h.deps, { paymentId: paid.paymentId!, idempotencyKey: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
