import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { capturePayment, checkout, fulfilInvoice, getTokenBalance, type CheckoutResult } from "../../../src";
import { createHarness, tenantId, type Harness } from "../checkout/harness";

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
        { kind: "add_on", addOnId: h.catalogue.addOn },
        { kind: "token_bundle", bundleId: h.catalogue.bundle },
      ],
    },
  });
});
afterEach(() => h.close());

const state = async () => ({
  invoice: await h.db.invoice.findUniqueOrThrow({ where: { id: pending.invoiceId }, select: { status: true, amountPaid: true, paidAt: true } }),
  payment: (await h.db.payment.findUniqueOrThrow({ where: { id: pending.paymentId! } })).status,
  subscription: (await h.db.subscription.findFirstOrThrow()).status,
  addOn: (await h.db.addOnPurchase.findFirstOrThrow()).status,
  tokens: await getTokenBalance(h.db, tenantId, h.customerId),
  paidEvents: await h.db.outboxEvent.count({ where: { name: { in: ["invoice.paid", "payment.captured"] } } }),
});

describe("fulfilment is one transaction", () => {
  it("rolls everything back when its last write fails (the invoice.paid outbox row), and succeeds on the next capture", async () => {
    const before = await state();
    expect(before).toMatchObject({ invoice: { status: "open", amountPaid: 0 }, subscription: "incomplete", addOn: "pending", tokens: 0 });
    await h.db.$executeRawUnsafe(`CREATE FUNCTION fail_invoice_paid() RETURNS trigger AS $$ BEGIN
      IF NEW.name = 'invoice.paid' THEN RAISE EXCEPTION 'outbox unavailable'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await h.db.$executeRawUnsafe(`CREATE TRIGGER fail_invoice_paid BEFORE INSERT ON outbox_event FOR EACH ROW EXECUTE FUNCTION fail_invoice_paid()`);

    await expect(h.db.$transaction((tx) => fulfilInvoice(tx, h.ctx, pending.invoiceId))).rejects.toThrow(/outbox unavailable/);
    expect(await state()).toEqual(before);

    // The provider captured, but recording it fails: the capture reports the payment still pending, nothing half-done.
    const providerPaymentId = (await h.db.payment.findUniqueOrThrow({ where: { id: pending.paymentId! } })).providerPaymentId!;
    h.provider.completeAction(providerPaymentId);
    const failed = await capturePayment(h.ctx, h.deps, { paymentId: pending.paymentId!, idempotencyKey: "cap-1" });
    expect(failed).toMatchObject({ status: "requires_action", invoiceStatus: "open" });
    expect(await state()).toEqual(before);

    await h.db.$executeRawUnsafe(`DROP TRIGGER fail_invoice_paid ON outbox_event`);
    const captured = await capturePayment(h.ctx, h.deps, { paymentId: pending.paymentId!, idempotencyKey: "cap-2" });
    expect(captured).toMatchObject({ status: "succeeded", invoiceStatus: "paid" });
    expect(await state()).toMatchObject({
      invoice: { status: "paid", amountPaid: pending.total },
      payment: "succeeded",
      subscription: "active",
      addOn: "active",
      tokens: 1000,
      paidEvents: 2,
    });
  });

  it("fulfilling a paid invoice again is a no-op", async () => {
    await h.db.$transaction((tx) => fulfilInvoice(tx, h.ctx, pending.invoiceId));
    const once = await state();
    expect(await h.db.$transaction((tx) => fulfilInvoice(tx, h.ctx, pending.invoiceId))).toEqual({ fulfilled: false });
    expect(await state()).toEqual(once);
    expect(once.tokens).toBe(1000);
  });
});
