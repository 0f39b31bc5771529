import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySubscriptionChange, checkout } from "../../../src";
import { createSubscriptionHarness, subscriptionOf, tenantId, type SubscriptionHarness } from "./harness";

let h: SubscriptionHarness;

beforeAll(async () => {
  h = await createSubscriptionHarness("2026-01-01T00:00:00.000Z", {
    basic: { interval: "month", prices: { EUR: 1900 } },
    pro: { interval: "month", prices: { EUR: 4900 } },
  });
}, 60_000);
afterAll(() => h.close());

describe("subscription changes keep their idempotency keys apart from checkouts", () => {
  it("applies a change whose key a checkout of the same customer already used, and replays it by its own key", async () => {
    // Clients often derive keys from their own order or session id, so one key can reach both.
    const userId = h.customers.de;
    const ctx = h.customerCtx(userId);
    const bought = await checkout(ctx, h.deps.payments, {
      userId,
      cart: { currency: "EUR", items: [{ kind: "plan", planId: h.plans.basic! }] },
      provider: "fake",
      idempotencyKey: "order-42",
    });
    const subscriptionId = bought.subscriptionIds[0]!;
    h.clock.set("2026-01-01T06:00:00Z"); // within the keys' 24 h lifetime

    const change = { subscriptionId, toPlanId: h.plans.pro!, prorationDate: h.clock.now(), behavior: "always_invoice" as const, idempotencyKey: "order-42" };
    const changed = await applySubscriptionChange(ctx, h.deps, change, userId);

    expect(changed.status).toBe("applied");
    expect(await subscriptionOf(h, subscriptionId)).toMatchObject({ planId: h.plans.pro });
    const keys = await h.db.idempotencyKey.findMany({ where: { tenantId, key: `${userId}:order-42` }, orderBy: { scope: "asc" } });
    expect(keys.map((key) => [key.scope, key.state])).toEqual([
      ["checkout", "completed"],
      ["subscription_change", "completed"],
    ]);

    // Each key replays its own first result: the checkout's stays the checkout's.
    expect(await applySubscriptionChange(ctx, h.deps, change, userId)).toEqual(changed);
    const replayedCheckout = await checkout(ctx, h.deps.payments, {
      userId,
      cart: { currency: "EUR", items: [{ kind: "plan", planId: h.plans.basic! }] },
      provider: "fake",
      idempotencyKey: "order-42",
    });
    expect(replayedCheckout.subscriptionIds).toEqual([subscriptionId]);
    expect(await h.db.invoice.count({ where: { subscriptionId, billingReason: "subscription_update" } })).toBe(1);
  });
});
