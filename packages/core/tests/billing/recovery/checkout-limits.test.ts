import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkout, creditTokens, DomainError, getTokenBalance, MAX_AMOUNT, previewCheckout } from "../../../src";
import { createHarness, tenantId, type Harness } from "../checkout/harness";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(() => h.close());

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

const writes = async () => ({
  invoices: await h.db.invoice.count(),
  payments: await h.db.payment.count(),
  subscriptions: await h.db.subscription.count(),
  outbox: await h.db.outboxEvent.count(),
});

describe("a checkout is refused before any provider call when its delivery could not be stored", () => {
  it("refuses a bundle × quantity whose tokens exceed the limit, naming the item's quantity", async () => {
    await h.db.tokenBundle.update({ where: { id: h.catalogue.bundle }, data: { tokens: 1_000_000_000_000 } });
    const cart = { currency: "EUR", items: [{ kind: "token_bundle" as const, bundleId: h.catalogue.bundle, quantity: 10_000 }] };
    const before = await writes();
    for (const attempt of [
      previewCheckout(h.ctx, h.customerId, cart),
      checkout(h.ctx, h.deps, { userId: h.customerId, cart, provider: "fake", idempotencyKey: "k1" }),
    ]) {
      const error = await refusal(attempt);
      expect(error.code).toBe("AMOUNT_TOO_LARGE");
      expect(error.message).toContain("field: items[0].quantity");
    }
    expect(h.provider.calls.create).toBe(0);
    expect(await writes()).toEqual(before);
  });

  it("refuses an order whose tokens would take the customer's balance past the limit", async () => {
    await creditTokens(h.db, { tenantId, userId: h.customerId, amount: MAX_AMOUNT - 999, kind: "adjustment", now: h.clock.now() });
    const cart = { currency: "EUR", items: [{ kind: "token_bundle" as const, bundleId: h.catalogue.bundle }] };
    const error = await refusal(checkout(h.ctx, h.deps, { userId: h.customerId, cart, provider: "fake", idempotencyKey: "k2" }));
    expect([error.code, error.message]).toEqual(["AMOUNT_TOO_LARGE", expect.stringMatching(/balance of .* tokens plus the 1,000 .*field: items\)/)]);
    expect(h.provider.calls.create).toBe(0);
    // One token less on the wallet and the same order fits exactly.
    await h.db.tokenWallet.updateMany({ data: { balance: MAX_AMOUNT - 1000 } });
    const paid = await checkout(h.ctx, h.deps, { userId: h.customerId, cart, provider: "fake", idempotencyKey: "k3" });
    expect(paid.status).toBe("succeeded");
    expect(await getTokenBalance(h.db, tenantId, h.customerId)).toBe(MAX_AMOUNT);
  });

  it("takes JPY totals past 32 bits exactly, and refuses a line or a total beyond the limit naming the field", async () => {
    const price = await h.db.price.create({ data: { tenantId, bundleId: h.catalogue.bundle, currency: "JPY", unitAmount: 3_000_000_000 } });
    const cart = (quantity: number) => ({ currency: "JPY", items: [{ kind: "token_bundle" as const, bundleId: h.catalogue.bundle, quantity }] });
    const paid = await checkout(h.ctx, h.deps, { userId: h.customerId, cart: cart(1), provider: "fake", idempotencyKey: "yen" });
    expect(paid).toMatchObject({ status: "succeeded", total: 3_570_000_000, currency: "JPY" });
    expect(await h.db.invoice.findUniqueOrThrow({ where: { id: paid.invoiceId } })).toMatchObject({
      subtotal: 3_000_000_000,
      taxTotal: 570_000_000,
      total: 3_570_000_000,
      amountPaid: 3_570_000_000,
    });
    expect((await h.db.payment.findUniqueOrThrow({ where: { id: paid.paymentId! } })).amount).toBe(3_570_000_000);

    await h.db.price.update({ where: { id: price.id }, data: { unitAmount: MAX_AMOUNT } });
    const line = await refusal(previewCheckout(h.ctx, h.customerId, cart(2)));
    expect([line.code, line.message]).toEqual(["AMOUNT_TOO_LARGE", expect.stringContaining("field: items[0].quantity")]);
    // The line fits; 19 % VAT on top of it does not.
    const total = await refusal(previewCheckout(h.ctx, h.customerId, cart(1)));
    expect([total.code, total.message]).toEqual(["AMOUNT_TOO_LARGE", expect.stringMatching(/order's total .*field: items\)/)]);
  });
});
