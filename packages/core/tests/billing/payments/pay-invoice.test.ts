import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { capturePayment, checkout, DomainError, getTokenBalance, payInvoice, staticPaymentProviders, voidInvoice, type PaymentDeps } from "../../../src";
import { createHarness, eventNames, tenantId, type Harness } from "../checkout/harness";
import { FakeProvider } from "./fake-provider";

let h: Harness;
let other: FakeProvider;
let deps: PaymentDeps;
beforeEach(async () => {
  h = await createHarness();
  other = new FakeProvider("other", h.clock);
  deps = { providers: staticPaymentProviders([h.provider, other]), returnUrl: "https://shop.test/return" };
});
afterEach(() => h.close());

const plusBundle = (h: Harness) => ({
  currency: "EUR",
  items: [
    { kind: "plan" as const, planId: h.catalogue.monthly },
    { kind: "token_bundle" as const, bundleId: h.catalogue.bundle, quantity: 1 },
  ],
});

/** A checkout whose card was declined: the invoice stays open, the subscription incomplete. */
async function openInvoice() {
  h.provider.mode = "decline";
  const result = await checkout(h.ctx, { ...deps, handlers: [] }, { userId: h.customerId, cart: plusBundle(h), provider: "fake", idempotencyKey: "declined" });
  expect(result).toMatchObject({ status: "failed", invoiceStatus: "open" });
  h.provider.mode = "succeed";
  return result;
}

const pay = (invoiceId: string, key: string, extra: { provider?: string; userId?: string } = {}) =>
  payInvoice(h.ctx, deps, { userId: extra.userId ?? h.customerId, invoiceId, provider: extra.provider ?? "fake", idempotencyKey: key });

async function codeOf(promise: Promise<unknown>): Promise<[string, string]> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  return [(error as DomainError).code, (error as DomainError).status];
}

describe("payInvoice", () => {
  it("pays an open invoice with a new payment: invoice paid, subscription active, tokens credited, card saved, checkout's outcome shape", async () => {
    const open = await openInvoice();
    const result = await pay(open.invoiceId, "pay-1");
    expect(result).toMatchObject({
      invoiceId: open.invoiceId,
      invoiceNumber: open.invoiceNumber,
      total: open.total,
      currency: "EUR",
      status: "succeeded",
      invoiceStatus: "paid",
      nextActionUrl: null,
      failureCode: null,
      subscriptionIds: open.subscriptionIds,
    });
    const invoice = await h.db.invoice.findUniqueOrThrow({ where: { id: open.invoiceId }, include: { payments: { orderBy: { createdAt: "asc" } } } });
    expect(invoice).toMatchObject({ status: "paid", amountPaid: open.total });
    // The test clock stands still, so both payments share createdAt: identify them by id.
    const paid = invoice.payments.find((payment) => payment.id === result.paymentId);
    const declined = invoice.payments.find((payment) => payment.id !== result.paymentId);
    expect(invoice.payments).toHaveLength(2);
    expect([declined?.status, declined?.amount, paid?.status, paid?.amount]).toEqual(["failed", open.total, "succeeded", open.total]);
    expect((await h.db.subscription.findUniqueOrThrow({ where: { id: open.subscriptionIds[0]! } })).status).toBe("active");
    expect(await getTokenBalance(h.db, tenantId, h.customerId)).toBe(1000);
    expect(await h.db.paymentMethod.findFirstOrThrow({ where: { userId: h.customerId } })).toMatchObject({ provider: "fake", isDefault: true });
    expect(await eventNames(h.db)).toEqual(expect.arrayContaining(["payment.failed", "payment.captured", "invoice.paid"]));
  });

  it("replays the same Idempotency-Key without charging again, and refuses the key with other parameters", async () => {
    const open = await openInvoice();
    const first = await pay(open.invoiceId, "pay-1");
    const calls = h.provider.calls.create;
    expect(await pay(open.invoiceId, "pay-1")).toEqual(first);
    expect(h.provider.calls.create).toBe(calls);
    expect(await h.db.payment.count({ where: { invoiceId: open.invoiceId } })).toBe(2);
    expect(await codeOf(pay(open.invoiceId, "pay-1", { provider: "other" }))).toEqual(["IDEMPOTENCY_KEY_REUSED", "CONFLICT"]);
    // A new key on the now paid invoice is a clear conflict, not a second charge.
    expect(await codeOf(pay(open.invoiceId, "pay-2"))).toEqual(["INVOICE_ALREADY_PAID", "CONFLICT"]);
  });

  it("answers another customer's invoice as not found, and refuses void and draft invoices and an unavailable provider", async () => {
    const open = await openInvoice();
    const stranger = await h.db.user.create({ data: { tenantId, email: "eve@example.test", country: "DE" } });
    expect(await codeOf(pay(open.invoiceId, "k1", { userId: stranger.id }))).toEqual(["INVOICE_NOT_FOUND", "NOT_FOUND"]);
    expect(await codeOf(pay(open.invoiceId, "k2", { provider: "stripe" }))).toEqual(["PROVIDER_UNAVAILABLE", "BAD_REQUEST"]);

    await h.db.invoice.update({ where: { id: open.invoiceId }, data: { status: "draft" } });
    expect(await codeOf(pay(open.invoiceId, "k3"))).toEqual(["INVOICE_NOT_PAYABLE", "CONFLICT"]);
    await h.db.invoice.update({ where: { id: open.invoiceId }, data: { status: "open" } });
    await voidInvoice(h.ctx, open.invoiceId);
    const error = await pay(open.invoiceId, "k4").catch((caught: DomainError) => caught);
    expect(error).toMatchObject({ code: "INVOICE_NOT_PAYABLE", message: expect.stringContaining("(field: invoiceId)") });
    expect(h.provider.calls.create).toBe(1); // only the declined checkout
    expect(await h.db.payment.count({ where: { invoiceId: open.invoiceId, status: { not: "failed" } } })).toBe(0);
  });

  it("pays an uncollectible invoice (as in Stripe)", async () => {
    const open = await openInvoice();
    await h.db.invoice.update({ where: { id: open.invoiceId }, data: { status: "uncollectible" } });
    expect(await pay(open.invoiceId, "pay-u")).toMatchObject({ status: "succeeded", invoiceStatus: "paid" });
  });

  it("hands back a live 3-D Secure attempt instead of starting a second charge, refuses another provider meanwhile, and captures as after checkout", async () => {
    const open = await openInvoice();
    h.provider.mode = "requires_action";
    const started = await pay(open.invoiceId, "pay-3ds");
    expect(started).toMatchObject({ status: "requires_action", invoiceStatus: "open", nextActionUrl: expect.stringContaining("https://fake.test/3ds/") });
    const again = await pay(open.invoiceId, "pay-3ds-again");
    expect(again).toMatchObject({ status: "requires_action", paymentId: started.paymentId, nextActionUrl: started.nextActionUrl });
    expect(h.provider.calls.create).toBe(2); // the declined checkout and this one
    expect(await codeOf(pay(open.invoiceId, "pay-other", { provider: "other" }))).toEqual(["PAYMENT_IN_PROGRESS", "CONFLICT"]);
    expect(other.calls.create).toBe(0);

    const providerId = (await h.db.payment.findUniqueOrThrow({ where: { id: started.paymentId! } })).providerPaymentId!;
    h.provider.completeAction(providerId);
    expect(await capturePayment(h.ctx, deps, { paymentId: started.paymentId!, idempotencyKey: "cap-1", userId: h.customerId })).toMatchObject({
      status: "succeeded",
      invoiceStatus: "paid",
    });
    expect((await h.db.subscription.findUniqueOrThrow({ where: { id: open.subscriptionIds[0]! } })).status).toBe("active");
  });

  it("reconciles a stale attempt first: one the customer finished meanwhile pays the invoice, one that failed lets a new payment through", async () => {
    const open = await openInvoice();
    h.provider.mode = "requires_action";
    const started = await pay(open.invoiceId, "pay-a");
    const providerId = (await h.db.payment.findUniqueOrThrow({ where: { id: started.paymentId! } })).providerPaymentId!;
    h.provider.completeAction(providerId, "failed");
    h.provider.mode = "succeed";
    const retried = await pay(open.invoiceId, "pay-b", { provider: "other" });
    expect(retried).toMatchObject({ status: "succeeded", invoiceStatus: "paid" });
    expect(retried.paymentId).not.toBe(started.paymentId);
    expect((await h.db.payment.findUniqueOrThrow({ where: { id: started.paymentId! } })).status).toBe("failed");

    const second = await openInvoice2();
    h.provider.mode = "requires_action";
    const pending = await pay(second.invoiceId, "pay-c");
    h.provider.completeAction((await h.db.payment.findUniqueOrThrow({ where: { id: pending.paymentId! } })).providerPaymentId!);
    const creates = h.provider.calls.create + other.calls.create;
    expect(await pay(second.invoiceId, "pay-d", { provider: "other" })).toMatchObject({ status: "paid", invoiceStatus: "paid", paymentId: pending.paymentId });
    expect(h.provider.calls.create + other.calls.create).toBe(creates);
  });

  it("replaces a bank-transfer offer when the customer pays by card, but never a payment the provider is still processing", async () => {
    const bank = new BankTransfer("bank", h.clock);
    bank.mode = "pending";
    deps = { providers: staticPaymentProviders([h.provider, other, bank]), returnUrl: "https://shop.test/return" };
    const open = await openInvoice();
    const offered = await pay(open.invoiceId, "bank-1", { provider: "bank" });
    expect(offered).toMatchObject({ status: "pending", invoiceStatus: "open", nextActionUrl: null });
    expect(await pay(open.invoiceId, "bank-2", { provider: "bank" })).toMatchObject({ status: "pending", paymentId: offered.paymentId });
    expect(bank.calls.create).toBe(1);

    const card = await pay(open.invoiceId, "card-1");
    expect(card).toMatchObject({ status: "succeeded", invoiceStatus: "paid" });
    expect(await h.db.payment.findUniqueOrThrow({ where: { id: offered.paymentId! } })).toMatchObject({ status: "canceled", failureCode: "superseded" });

    // An asynchronous debit (pending, no instructions: the money may be on its way) blocks other ways.
    const second = await openInvoice2();
    h.provider.mode = "pending";
    const debit = await pay(second.invoiceId, "debit-1");
    expect(debit).toMatchObject({ status: "pending" });
    expect(await codeOf(pay(second.invoiceId, "debit-2", { provider: "other" }))).toEqual(["PAYMENT_IN_PROGRESS", "CONFLICT"]);
    expect(await codeOf(pay(second.invoiceId, "debit-3"))).toEqual(["PAYMENT_IN_PROGRESS", "CONFLICT"]);
    expect(other.calls.create).toBe(0);
  });

  it("starts at most one payment when the customer clicks Pay in several tabs at once", async () => {
    const open = await openInvoice();
    h.provider.mode = "requires_action";
    const results = await Promise.allSettled([1, 2, 3, 4].map((n) => pay(open.invoiceId, `tab-${n}`)));
    for (const result of results) {
      if (result.status === "rejected") expect(result.reason).toMatchObject({ code: "PAYMENT_IN_PROGRESS" });
    }
    expect(results.some((result) => result.status === "fulfilled")).toBe(true);
    expect(await h.db.payment.count({ where: { invoiceId: open.invoiceId, status: { in: ["pending", "requires_action"] } } })).toBe(1);
    expect(h.provider.calls.create).toBe(2);
  });
});

/** A bank transfer: prints instructions on the invoice, its payments stay pending until the money arrives. */
class BankTransfer extends FakeProvider {
  invoiceInstructions() {
    return "IBAN DE00 0000 0000 0000 0000 00";
  }
}

/** A second open invoice (a token bundle alone: the plan's category allows one subscription). */
async function openInvoice2() {
  h.provider.mode = "decline";
  const result = await checkout(
    h.ctx,
    { ...deps, handlers: [] },
    {
      userId: h.customerId,
      cart: { currency: "EUR", items: [{ kind: "token_bundle", bundleId: h.catalogue.bundle, quantity: 2 }] },
      provider: "fake",
      idempotencyKey: "declined-2",
    },
  );
  h.provider.mode = "succeed";
  return result;
}
