import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { capturePayment, checkout, DomainError, getTokenBalance, previewCheckout } from "../../../src";
import { createHarness, eventNames, tenantId, vat19, type Harness } from "./harness";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(() => h.close());

const cartOf = (h: Harness) => ({
  currency: "EUR",
  items: [
    { kind: "plan" as const, planId: h.catalogue.monthly },
    { kind: "add_on" as const, addOnId: h.catalogue.addOn, quantity: 2 },
    { kind: "token_bundle" as const, bundleId: h.catalogue.bundle, quantity: 3 },
  ],
});

describe("previewCheckout", () => {
  it("prices each line, taxes each line once (19 % DE), sums the totals, and writes nothing", async () => {
    const preview = await previewCheckout(h.ctx, h.customerId, cartOf(h));
    const amounts = [1900, 2 * 300, 3 * 500];
    expect(preview.lines.map((line) => [line.kind, line.amount, line.taxAmount])).toEqual([
      ["plan", 1900, vat19(1900)],
      ["add_on", 600, vat19(600)],
      ["token_bundle", 1500, vat19(1500)],
    ]);
    const tax = amounts.reduce((sum, amount) => sum + vat19(amount), 0);
    expect(preview).toMatchObject({ currency: "EUR", subtotal: 4000, taxTotal: tax, total: 4000 + tax, reverseCharge: false });
    expect(preview.lines[0]!.description).toBe("Starter (2026-01-10 – 2026-02-10)");
    expect(await h.db.invoice.count()).toBe(0);
    expect(await h.db.subscription.count()).toBe(0);
  });
});

describe("checkout", () => {
  it("captures, then in one go: invoice paid and numbered, subscription active, add-on active, tokens credited, card saved", async () => {
    const result = await checkout(h.ctx, h.deps, { userId: h.customerId, cart: cartOf(h), provider: "fake", idempotencyKey: "order-1" });
    const total = 4000 + vat19(1900) + vat19(600) + vat19(1500);
    expect(result).toMatchObject({ status: "succeeded", invoiceStatus: "paid", invoiceNumber: "INV-2026-000001", total, currency: "EUR" });

    const invoice = await h.db.invoice.findUniqueOrThrow({ where: { id: result.invoiceId }, include: { lines: true, payments: true } });
    expect(invoice).toMatchObject({ status: "paid", amountPaid: total, subtotal: 4000, total, billingReason: "subscription_create" });
    expect(invoice.customer).toMatchObject({ name: "Ada", email: "ada@example.test", country: "DE" });
    expect(invoice.seller).toMatchObject({ name: "Tillbox GmbH", vatId: "DE123456789" });
    expect(invoice.payments).toHaveLength(1);
    expect(invoice.payments[0]).toMatchObject({ status: "succeeded", amount: total, provider: "fake" });
    expect(h.provider.calls.create).toBe(1);

    const subscription = await h.db.subscription.findUniqueOrThrow({ where: { id: result.subscriptionIds[0]! } });
    expect(subscription).toMatchObject({ status: "active", planId: h.catalogue.monthly, latestInvoiceId: invoice.id });
    expect(await h.db.addOnPurchase.findMany({ select: { status: true, quantity: true, subscriptionId: true } })).toEqual([
      { status: "active", quantity: 2, subscriptionId: subscription.id },
    ]);
    expect(await getTokenBalance(h.db, tenantId, h.customerId)).toBe(3000);
    const method = await h.db.paymentMethod.findFirstOrThrow({ where: { userId: h.customerId } });
    expect(method).toMatchObject({ isDefault: true, last4: "4242", provider: "fake" });
    expect(subscription.paymentMethodId).toBe(method.id);
    expect(await eventNames(h.db)).toEqual(expect.arrayContaining(["invoice.finalized", "payment.captured", "invoice.paid"]));
  });

  it("activates a zero-total cart (trial) at once, with no provider call", async () => {
    const result = await checkout(h.ctx, h.deps, {
      userId: h.customerId,
      cart: { currency: "EUR", items: [{ kind: "plan", planId: h.catalogue.trial }] },
      idempotencyKey: "trial-1",
    });
    expect(result).toMatchObject({ status: "paid", invoiceStatus: "paid", total: 0, paymentId: null });
    expect(h.provider.calls.create).toBe(0);
    const lines = await h.db.invoiceLine.findMany({ where: { invoiceId: result.invoiceId } });
    expect(lines.map((line) => [line.description, line.amount])).toEqual([["Trial of Trial until 2026-01-24", 0]]);
    const subscription = await h.db.subscription.findUniqueOrThrow({ where: { id: result.subscriptionIds[0]! } });
    expect(subscription.status).toBe("trialing");
    expect(subscription.trialEnd?.toISOString()).toBe("2026-01-24T12:00:00.000Z");
  });

  it("a declined card leaves the invoice open, the subscription incomplete, and emits payment.failed", async () => {
    h.provider.mode = "decline";
    const result = await checkout(h.ctx, h.deps, { userId: h.customerId, cart: cartOf(h), provider: "fake", idempotencyKey: "order-declined" });
    expect(result).toMatchObject({ status: "failed", invoiceStatus: "open", failureCode: "card_declined" });
    expect((await h.db.subscription.findFirstOrThrow()).status).toBe("incomplete");
    expect(await h.db.addOnPurchase.findFirstOrThrow()).toMatchObject({ status: "pending" });
    expect(await getTokenBalance(h.db, tenantId, h.customerId)).toBe(0);
    expect(await eventNames(h.db)).toContain("payment.failed");
    expect(await eventNames(h.db)).not.toContain("invoice.paid");
  });

  it("a payment that needs 3-D Secure is finished by capture, which is idempotent", async () => {
    h.provider.mode = "requires_action";
    const result = await checkout(h.ctx, h.deps, { userId: h.customerId, cart: cartOf(h), provider: "fake", idempotencyKey: "order-3ds" });
    expect(result).toMatchObject({ status: "requires_action", invoiceStatus: "open" });
    expect(result.nextActionUrl).toMatch(/^https:\/\/fake\.test\/3ds\//);
    const payment = await h.db.payment.findUniqueOrThrow({ where: { id: result.paymentId! } });
    h.provider.completeAction(payment.providerPaymentId!);

    const captured = await capturePayment(h.ctx, h.deps, { paymentId: payment.id, idempotencyKey: "cap-1", userId: h.customerId });
    expect(captured).toMatchObject({ status: "succeeded", invoiceStatus: "paid" });
    const again = await capturePayment(h.ctx, h.deps, { paymentId: payment.id, idempotencyKey: "cap-2", userId: h.customerId });
    expect(again).toMatchObject({ status: "succeeded", invoiceStatus: "paid" });
    expect(await getTokenBalance(h.db, tenantId, h.customerId)).toBe(3000);
    expect(await h.db.outboxEvent.count({ where: { name: "invoice.paid" } })).toBe(1);
    // Another customer can't capture it.
    const other = await h.db.user.create({ data: { tenantId, email: "eve@example.test" } });
    await expect(capturePayment(h.ctx, h.deps, { paymentId: payment.id, idempotencyKey: "cap-3", userId: other.id })).rejects.toMatchObject({
      code: "PAYMENT_NOT_FOUND",
    });
  });

  it("refuses a second live subscription in an isSingle category, naming the cart item", async () => {
    await checkout(h.ctx, h.deps, {
      userId: h.customerId,
      cart: { currency: "EUR", items: [{ kind: "plan", planId: h.catalogue.monthly }] },
      provider: "fake",
      idempotencyKey: "first",
    });
    const error = await checkout(h.ctx, h.deps, {
      userId: h.customerId,
      cart: {
        currency: "EUR",
        items: [
          { kind: "token_bundle", bundleId: h.catalogue.bundle },
          { kind: "plan", planId: h.catalogue.yearly },
        ],
      },
      provider: "fake",
      idempotencyKey: "second",
    }).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.message).toContain("items[1].planId");
    expect(await h.db.invoice.count()).toBe(1);
  });

  it("needs a provider offered for the customer when there is something to pay, and names the field", async () => {
    const missing = await checkout(h.ctx, h.deps, { userId: h.customerId, cart: cartOf(h), idempotencyKey: "no-provider" }).catch((e) => e);
    expect(missing).toMatchObject({ code: "PROVIDER_REQUIRED" });
    expect(missing.message).toContain("field: provider");
    const unknown = await checkout(h.ctx, h.deps, { userId: h.customerId, cart: cartOf(h), provider: "paypal", idempotencyKey: "bad-provider" }).catch(
      (e) => e,
    );
    expect(unknown).toMatchObject({ code: "PROVIDER_UNAVAILABLE" });
    expect(await h.db.invoice.count()).toBe(0);
    expect(await h.db.idempotencyKey.count()).toBe(0);
  });

  it("a provider outage is a failed payment, not a lost invoice: the same key returns it", async () => {
    h.provider.mode = "throw";
    const first = await checkout(h.ctx, h.deps, { userId: h.customerId, cart: cartOf(h), provider: "fake", idempotencyKey: "outage" });
    expect(first).toMatchObject({ status: "failed", invoiceStatus: "open", failureCode: "provider_error" });
    const replay = await checkout(h.ctx, h.deps, { userId: h.customerId, cart: cartOf(h), provider: "fake", idempotencyKey: "outage" });
    expect(replay).toEqual(first);
    expect(await h.db.invoice.count()).toBe(1);
  });
});
