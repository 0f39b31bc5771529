import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forTenantAsDb } from "@tillbox/db";
import { canonicalJson, checkout, DomainError, type BillingContext } from "../../../src";
import { createHarness, type Harness } from "../checkout/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const cart = () => ({ currency: "EUR", items: [{ kind: "token_bundle" as const, bundleId: h.catalogue.bundle, quantity: 2 }] });

describe("checkout with one Idempotency-Key", () => {
  // PostgreSQL: 1,000 requests spread over four clients (as four server processes would: they share
  // no memory, only the database), two of them with their own 20-connection pool. PGlite is one
  // in-process connection that serialises every query, so there 50 requests exercise the same paths.
  const clients = process.env.DATABASE_URL ? 1000 : 50;

  it(`${clients} concurrent checkouts make exactly one invoice, one payment, one provider charge, and all get the same answer`, async () => {
    const wide = h.wideDb(20);
    const processes: BillingContext[] = [h.db, forTenantAsDb(h.db, "default"), wide, forTenantAsDb(wide, "default")].map((db) => ({ ...h.ctx, db }));
    const input = { userId: h.customerId, cart: cart(), provider: "fake", idempotencyKey: "double-click" };
    const results = await Promise.all(Array.from({ length: clients }, (_, index) => checkout(processes[index % 4]!, h.deps, input)));
    expect(await h.db.invoice.count()).toBe(1);
    expect(await h.db.payment.count()).toBe(1);
    expect(h.provider.calls.create).toBe(1);
    expect(new Set(results.map((result) => canonicalJson(result))).size).toBe(1);
    expect(results[0]).toMatchObject({ status: "succeeded", invoiceStatus: "paid" });
    expect(await h.db.tokenLedgerEntry.count()).toBe(1);
  }, 240_000);

  it("the same key with other parameters is refused, naming the key; nothing new is written", async () => {
    const other = {
      userId: h.customerId,
      cart: { ...cart(), items: [{ kind: "token_bundle" as const, bundleId: h.catalogue.bundle, quantity: 3 }] },
      provider: "fake",
      idempotencyKey: "double-click",
    };
    const error = await checkout(h.ctx, h.deps, other).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED", status: "CONFLICT" });
    expect(error.message).toContain('"double-click"');
    expect(await h.db.invoice.count()).toBe(1);
  });

  it("a checkout refused before anything was written releases its key for a corrected retry", async () => {
    const input = { userId: h.customerId, cart: cart(), idempotencyKey: "fix-and-retry" };
    await expect(checkout(h.ctx, h.deps, input)).rejects.toMatchObject({ code: "PROVIDER_REQUIRED" });
    // Same key, same parameters: runs again (the first run released it) and fails the same way.
    await expect(checkout(h.ctx, h.deps, input)).rejects.toMatchObject({ code: "PROVIDER_REQUIRED" });
    expect(await h.db.invoice.count()).toBe(1);
  });
});
