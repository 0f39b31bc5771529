import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySubscriptionChange, previewSubscriptionChange, runDueRenewals, updateBillingSettings, type ChangeRequest } from "../../../src";
import { createSubscriptionHarness, DAY, expectedShare, subscriptionOf, type SubscriptionHarness } from "./harness";

let h: SubscriptionHarness;

beforeAll(async () => {
  // Pro yearly costs ten months of Pro: per unit of time it is cheaper than Pro, dearer than Basic.
  h = await createSubscriptionHarness("2026-01-01T00:00:00.000Z", {
    basic: { interval: "month", prices: { EUR: 1900 } },
    pro: { interval: "month", prices: { EUR: 2900 } },
    proYearly: { interval: "year", prices: { EUR: 29_000 } },
  });
}, 60_000);
afterAll(() => h.close());

let keys = 0;
/** The US customer (no tax) previews a change at the clock's time and applies it with the preview's date. */
async function change(subscriptionId: string, toPlan: string, request: Partial<ChangeRequest> = {}) {
  const userId = h.customers.us;
  const ctx = h.customerCtx(userId);
  const preview = await previewSubscriptionChange(ctx, { subscriptionId, toPlanId: h.plans[toPlan]!, ...request }, { ownerId: userId });
  const result = await applySubscriptionChange(
    ctx,
    h.deps,
    {
      subscriptionId,
      toPlanId: h.plans[toPlan]!,
      prorationDate: preview.prorationDate,
      behavior: preview.behavior,
      idempotencyKey: `interval-${(keys += 1)}`,
    },
    userId,
  );
  return { preview, result };
}

const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;

describe("changing the billing interval (Stripe: immediate, the cycle restarts)", () => {
  it("monthly → yearly (an upgrade) charges the year now with a credit for the unused month, and restarts the cycle today", async () => {
    h.clock.set("2026-03-01T00:00:00Z");
    const id = await h.subscribe(h.customers.us, "basic");
    h.clock.set("2026-03-11T12:00:00Z");
    const { preview, result } = await change(id, "proYearly");

    const credit = -expectedShare(1900, 20.5 * DAY, 31 * DAY);
    expect(preview).toMatchObject({
      direction: "upgrade",
      effective: "now",
      periodRestarts: true,
      mode: "invoice",
      fromPlanName: "Basic",
      amountDueNow: 29_000 + credit,
    });
    expect(preview.lines.map((line) => line.amount)).toEqual([credit, 29_000]);
    expect(iso(preview.newPeriodEnd)).toBe("2027-03-11T12:00:00.000Z");
    expect(result).toMatchObject({ status: "applied", amountDue: 29_000 + credit });
    expect(await h.db.invoice.findUniqueOrThrow({ where: { id: result.invoiceId! } })).toMatchObject({ status: "paid", total: 29_000 + credit });
    const subscription = await subscriptionOf(h, id);
    expect(subscription).toMatchObject({ planId: h.plans.proYearly, unitAmount: 29_000, periodIndex: 0, scheduledPlanId: null });
    expect([subscription.billingCycleAnchor, subscription.currentPeriodStart, subscription.currentPeriodEnd].map(iso)).toEqual([
      "2026-03-11T12:00:00.000Z",
      "2026-03-11T12:00:00.000Z",
      "2027-03-11T12:00:00.000Z",
    ]);
  });

  it("Pro → Pro yearly, cheaper per unit of time, is not deferred as a downgrade: the year is charged now, less the unused month", async () => {
    h.clock.set("2026-04-01T00:00:00Z");
    const id = await h.subscribe(h.customers.us, "pro");
    h.clock.set("2026-04-16T00:00:00Z");
    const { preview, result } = await change(id, "proYearly");
    const credit = -expectedShare(2900, 15, 30);
    expect(preview).toMatchObject({ direction: "downgrade", effective: "now", periodRestarts: true, mode: "invoice", amountDueNow: 29_000 + credit });
    expect(result.status).toBe("applied");
    const subscription = await subscriptionOf(h, id);
    expect(subscription).toMatchObject({ planId: h.plans.proYearly, scheduledPlanId: null });
    expect([subscription.billingCycleAnchor, subscription.currentPeriodEnd].map(iso)).toEqual(["2026-04-16T00:00:00.000Z", "2027-04-16T00:00:00.000Z"]);
  });

  it("yearly → monthly, cheaper per unit of time, also applies now by default: the unused year is credited to the coming renewals", async () => {
    h.clock.set("2026-05-01T00:00:00Z");
    const id = await h.subscribe(h.customers.us, "proYearly");
    h.clock.set("2026-07-01T00:00:00Z");
    const { preview, result } = await change(id, "basic");

    const credit = -expectedShare(29_000, 304, 365);
    expect(preview).toMatchObject({
      direction: "downgrade",
      effective: "now",
      periodRestarts: true,
      mode: "pending",
      amountDueNow: 0,
      pendingAmount: credit + 1900,
    });
    expect(iso(preview.effectiveAt)).toBe("2026-07-01T00:00:00.000Z");
    expect(result).toMatchObject({ status: "applied", invoiceId: null });
    const subscription = await subscriptionOf(h, id);
    expect(subscription).toMatchObject({ planId: h.plans.basic, unitAmount: 1900, scheduledPlanId: null });
    expect([subscription.billingCycleAnchor, subscription.currentPeriodEnd].map(iso)).toEqual(["2026-07-01T00:00:00.000Z", "2026-08-01T00:00:00.000Z"]);

    // The first monthly renewal is covered by the credit; what's left of it waits for the next ones.
    h.clock.set("2026-08-01T00:00:00Z");
    await runDueRenewals(h.job(), h.deps);
    const renewal = await h.db.invoice.findFirstOrThrow({ where: { subscriptionId: id, billingReason: "subscription_cycle" } });
    expect(renewal).toMatchObject({ total: 0, status: "paid" });
    const left = await h.db.pendingInvoiceItem.aggregate({ where: { subscriptionId: id, invoiceId: null }, _sum: { amount: true } });
    expect(left._sum.amount).toBe(credit + 1900 + 1900);
  });

  it("with the setting downgrade_at_period_end, interval changes cheaper per unit of time wait for the period end; upgrades stay immediate", async () => {
    await updateBillingSettings(h.ctx(), { intervalChange: "downgrade_at_period_end" });
    try {
      h.clock.set("2026-09-01T00:00:00Z");
      const yearly = await h.subscribe(h.customers.us, "proYearly");
      h.clock.set("2026-10-01T00:00:00Z");
      const down = await change(yearly, "basic");
      expect(down.preview).toMatchObject({
        direction: "downgrade",
        effective: "period_end",
        periodRestarts: false,
        mode: "scheduled",
        lines: [],
        amountDueNow: 0,
      });
      expect(iso(down.preview.effectiveAt)).toBe("2027-09-01T00:00:00.000Z");
      expect(down.result.status).toBe("scheduled");
      const scheduled = await subscriptionOf(h, yearly);
      expect(scheduled).toMatchObject({ planId: h.plans.proYearly, scheduledPlanId: h.plans.basic });
      expect(iso(scheduled.billingCycleAnchor)).toBe("2026-09-01T00:00:00.000Z");

      const pro = await h.subscribe(h.customers.us, "pro");
      const basic = await h.subscribe(h.customers.us, "basic");
      h.clock.set("2026-10-11T00:00:00Z");
      const toYearly = await previewSubscriptionChange(
        h.customerCtx(h.customers.us),
        { subscriptionId: pro, toPlanId: h.plans.proYearly! },
        { ownerId: h.customers.us },
      );
      expect(toYearly).toMatchObject({ direction: "downgrade", effective: "period_end", mode: "scheduled" });
      const up = await change(basic, "proYearly");
      expect(up.preview).toMatchObject({ direction: "upgrade", effective: "now", periodRestarts: true, mode: "invoice" });
      expect(up.result.status).toBe("applied");
    } finally {
      await updateBillingSettings(h.ctx(), { intervalChange: "immediate" });
    }
  });
});
