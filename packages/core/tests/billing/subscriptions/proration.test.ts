import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySubscriptionChange, priceCart, previewSubscriptionChange } from "../../../src";
import { createSubscriptionHarness, DAY, expectedShare, subscriptionOf, tenantId, type SubscriptionHarness } from "./harness";

let h: SubscriptionHarness;

beforeAll(async () => {
  h = await createSubscriptionHarness("2026-01-01T00:00:00.000Z", {
    basic: { interval: "month", prices: { EUR: 1900, JPY: 980 } },
    pro: { interval: "month", prices: { EUR: 4900, JPY: 4980 } },
    weeklyBasic: { interval: "week", prices: { EUR: 500 } },
    weeklyPro: { interval: "week", prices: { EUR: 1333 } },
    yearlyBasic: { interval: "year", prices: { EUR: 19_000, JPY: 9800 } },
    yearlyPro: { interval: "year", prices: { EUR: 49_999, JPY: 49_800 } },
  });
}, 60_000);
afterAll(() => h.close());

/** 19 % VAT of a line, halves away from zero: the test's own arithmetic. */
const vat19 = (amount: number) => Math.sign(amount) * Math.round((Math.abs(amount) * 19) / 100);

const scenarios = [
  {
    name: "a 28-day month (Feb 2026), EUR with 19 % VAT",
    anchor: "2026-02-01T00:00:00Z",
    at: "2026-02-11T06:30:17Z",
    days: 28,
    from: "basic",
    to: "pro",
    currency: "EUR",
    who: "de",
    old: 1900,
    new: 4900,
  },
  {
    name: "a 30-day month, EUR without tax",
    anchor: "2026-04-01T09:00:00Z",
    at: "2026-04-20T13:14:15Z",
    days: 30,
    from: "basic",
    to: "pro",
    currency: "EUR",
    who: "us",
    old: 1900,
    new: 4900,
  },
  {
    name: "a 31-day month, zero-decimal JPY",
    anchor: "2026-03-01T00:00:00Z",
    at: "2026-03-17T02:03:04Z",
    days: 31,
    from: "basic",
    to: "pro",
    currency: "JPY",
    who: "us",
    old: 980,
    new: 4980,
  },
  {
    name: "a leap February (29 days), JPY",
    anchor: "2028-02-01T00:00:00Z",
    at: "2028-02-17T05:06:07Z",
    days: 29,
    from: "basic",
    to: "pro",
    currency: "JPY",
    who: "us",
    old: 980,
    new: 4980,
  },
  {
    name: "a week, EUR with 19 % VAT",
    anchor: "2026-03-02T08:00:00Z",
    at: "2026-03-05T15:00:01Z",
    days: 7,
    from: "weeklyBasic",
    to: "weeklyPro",
    currency: "EUR",
    who: "de",
    old: 500,
    new: 1333,
  },
  {
    name: "a 365-day year, JPY",
    anchor: "2026-06-01T00:00:00Z",
    at: "2026-11-13T17:45:00Z",
    days: 365,
    from: "yearlyBasic",
    to: "yearlyPro",
    currency: "JPY",
    who: "us",
    old: 9800,
    new: 49_800,
  },
  {
    name: "a leap year (366 days), EUR with 19 % VAT",
    anchor: "2027-06-01T00:00:00Z",
    at: "2028-02-29T12:00:00Z",
    days: 366,
    from: "yearlyBasic",
    to: "yearlyPro",
    currency: "EUR",
    who: "de",
    old: 19_000,
    new: 49_999,
  },
] as const;

describe("proration preview against Stripe's per-second formula", () => {
  it.each(scenarios)("credits unused and charges remaining time over $name", async (s) => {
    h.clock.set(s.anchor);
    const userId = h.customers[s.who];
    const subscriptionId = await h.subscribe(userId, s.from, s.currency);
    h.clock.set(s.at);
    const preview = await previewSubscriptionChange(
      h.customerCtx(userId),
      { subscriptionId, toPlanId: h.plans[s.to]!, behavior: "always_invoice" },
      { ownerId: userId },
    );

    const start = Date.parse(s.anchor);
    const end = start + s.days * DAY;
    const remaining = (end - Date.parse(s.at)) / 1000;
    const length = (end - start) / 1000;
    const credit = -expectedShare(s.old, remaining, length);
    const charge = expectedShare(s.new, remaining, length);
    const taxed = s.who === "de";
    const tax = taxed ? vat19(credit) + vat19(charge) : 0;

    expect(preview.prorationDate.toISOString()).toBe(new Date(s.at).toISOString());
    expect(preview.direction).toBe("upgrade");
    expect(preview.mode).toBe("invoice");
    expect(preview.lines.map((line) => line.amount)).toEqual([credit, charge]);
    expect(preview.lines.map((line) => line.taxAmount)).toEqual(taxed ? [vat19(credit), vat19(charge)] : [0, 0]);
    expect(preview).toMatchObject({
      currency: s.currency,
      subtotal: credit + charge,
      taxTotal: tax,
      total: credit + charge + tax,
      amountDueNow: credit + charge + tax,
    });
    // Nothing was written by the preview.
    expect((await subscriptionOf(h, subscriptionId)).planId).toBe(h.plans[s.from]);
  });

  it("rounds each line on its own: one second before the period end nothing is left to charge", async () => {
    h.clock.set("2028-03-01T00:00:00Z");
    const userId = h.customers.us;
    const subscriptionId = await h.subscribe(userId, "basic", "JPY");
    h.clock.set("2028-03-31T23:59:59Z");
    const preview = await previewSubscriptionChange(h.customerCtx(userId), { subscriptionId, toPlanId: h.plans.pro! }, { ownerId: userId });
    // 980 × 1/2,678,400 and 4980 × 1/2,678,400 both round to 0 yen.
    expect(preview).toMatchObject({ mode: "none", lines: [], total: 0, amountDueNow: 0 });
  });

  it("charges exactly the preview when applied later with the preview's prorationDate", async () => {
    h.clock.set("2026-05-31T00:00:00Z");
    const userId = h.customers.de;
    const subscriptionId = await h.subscribe(userId, "basic");
    h.clock.set("2026-06-17T11:22:33Z");
    const ctx = h.customerCtx(userId);
    const preview = await previewSubscriptionChange(ctx, { subscriptionId, toPlanId: h.plans.pro!, behavior: "always_invoice" }, { ownerId: userId });
    h.clock.advance(17 * 60_000); // the customer reads the preview for 17 minutes
    const result = await applySubscriptionChange(
      ctx,
      h.deps,
      {
        subscriptionId,
        toPlanId: h.plans.pro!,
        prorationDate: preview.prorationDate,
        behavior: "always_invoice",
        idempotencyKey: "upgrade-1",
      },
      userId,
    );

    expect(result).toMatchObject({ status: "applied", amountDue: preview.amountDueNow });
    const invoice = await h.db.invoice.findUniqueOrThrow({
      where: { id: result.invoiceId! },
      include: { lines: { orderBy: { position: "asc" } }, payments: true },
    });
    expect(invoice).toMatchObject({ status: "paid", billingReason: "subscription_update", total: preview.total, amountPaid: preview.total });
    expect(invoice.lines.map((line) => [line.amount, line.taxAmount])).toEqual(preview.lines.map((line) => [line.amount, line.taxAmount]));
    const charged = [...h.provider.payments.values()].find((payment) => payment.ourPaymentId === invoice.payments[0]!.id)!;
    expect(charged.amount).toBe(preview.amountDueNow);
    const subscription = await subscriptionOf(h, subscriptionId);
    expect(subscription).toMatchObject({ planId: h.plans.pro, unitAmount: 4900 });
    expect(subscription.currentPeriodStart.toISOString()).toBe("2026-05-31T00:00:00.000Z");
    expect(subscription.currentPeriodEnd.toISOString()).toBe("2026-06-30T00:00:00.000Z");

    // The same key replays the first result and charges nothing more.
    const again = await applySubscriptionChange(
      ctx,
      h.deps,
      {
        subscriptionId,
        toPlanId: h.plans.pro!,
        prorationDate: preview.prorationDate,
        behavior: "always_invoice",
        idempotencyKey: "upgrade-1",
      },
      userId,
    );
    expect(again).toEqual(result);
    expect(await h.db.invoice.count({ where: { subscriptionId, billingReason: "subscription_update" } })).toBe(1);
  });

  it("refuses a proration date outside the current period or before the last change", async () => {
    h.clock.set("2026-07-01T00:00:00Z");
    const userId = h.customers.us;
    const subscriptionId = await h.subscribe(userId, "basic");
    h.clock.set("2026-07-10T00:00:00Z");
    const ctx = h.customerCtx(userId);
    for (const prorationDate of [new Date("2026-06-30T23:59:59Z"), new Date("2026-07-11T00:00:00Z")]) {
      await expect(previewSubscriptionChange(ctx, { subscriptionId, toPlanId: h.plans.pro!, prorationDate }, { ownerId: userId })).rejects.toMatchObject({
        code: "PRORATION_DATE_OUT_OF_RANGE",
      });
    }
    await applySubscriptionChange(
      ctx,
      h.deps,
      { subscriptionId, toPlanId: h.plans.pro!, prorationDate: new Date("2026-07-05T00:00:00Z"), behavior: "none", idempotencyKey: "k1" },
      userId,
    );
    // Back to basic with a date before the upgrade would credit time pro never had.
    await expect(
      previewSubscriptionChange(
        ctx,
        { subscriptionId, toPlanId: h.plans.basic!, prorationDate: new Date("2026-07-04T00:00:00Z"), immediate: true },
        { ownerId: userId },
      ),
    ).rejects.toMatchObject({ code: "PRORATION_DATE_OUT_OF_RANGE" });
    // Someone else's subscription doesn't exist for this customer.
    await expect(
      previewSubscriptionChange(h.customerCtx(h.customers.de), { subscriptionId, toPlanId: h.plans.pro! }, { ownerId: h.customers.de }),
    ).rejects.toMatchObject({ code: "SUBSCRIPTION_NOT_FOUND" });
  });

  it("previews a change in the same second the period began: the whole period is credited and charged, never more", async () => {
    // Subscribed at .700 s; previewed 200 ms later, which whole-second proration dates floor to .000.
    h.clock.set("2026-09-01T00:00:00.700Z");
    const userId = h.customers.us;
    const subscriptionId = await h.subscribe(userId, "basic");
    h.clock.set("2026-09-01T00:00:00.900Z");
    const preview = await previewSubscriptionChange(h.customerCtx(userId), { subscriptionId, toPlanId: h.plans.pro! }, { ownerId: userId });
    expect(new Date(preview.prorationDate).toISOString()).toBe("2026-09-01T00:00:00.000Z");
    expect(preview.lines.map((line) => line.amount)).toEqual([-1900, 4900]);
  });

  it("ignores a subscriptionChange a customer puts into cart metadata themselves", async () => {
    h.clock.set("2026-08-01T00:00:00Z");
    const forged = {
      subscriptionId: "x",
      currency: "EUR",
      quantity: 1,
      fromPlanId: "a",
      fromPlanName: "A",
      fromUnitAmount: 1_000_000,
      toPlanId: "b",
      toPlanName: "B",
      toUnitAmount: 0,
      toInterval: "month",
      toIntervalCount: 1,
      toSingleCategoryId: null,
      periodStart: "2026-07-01T00:00:00Z",
      periodEnd: "2026-09-01T00:00:00Z",
      prorationDate: "2026-08-01T00:00:00Z",
      behavior: "always_invoice",
      newPeriodEnd: null,
      trialing: false,
      mac: "0".repeat(64),
    };
    const state = await priceCart(h.ctx(), {
      tenantId,
      userId: h.customers.us,
      currency: "EUR",
      items: [{ kind: "plan", planId: h.plans.basic! }],
      metadata: { subscriptionChange: forged },
    });
    expect(state.lines.map((line) => line.source)).toEqual(["core.price"]);
  });
});

describe("proration behaviours", () => {
  it("create_prorations keeps the lines pending and adds them to the next renewal invoice", async () => {
    h.clock.set("2026-09-01T00:00:00Z");
    const userId = h.customers.us;
    const subscriptionId = await h.subscribe(userId, "basic");
    h.clock.set("2026-09-16T00:00:00Z");
    const ctx = h.customerCtx(userId);
    const preview = await previewSubscriptionChange(ctx, { subscriptionId, toPlanId: h.plans.pro!, behavior: "create_prorations" }, { ownerId: userId });
    const credit = -expectedShare(1900, 15, 30);
    const charge = expectedShare(4900, 15, 30);
    expect(preview).toMatchObject({ mode: "pending", amountDueNow: 0, pendingAmount: credit + charge });
    const result = await applySubscriptionChange(
      ctx,
      h.deps,
      { subscriptionId, toPlanId: h.plans.pro!, prorationDate: preview.prorationDate, behavior: "create_prorations", idempotencyKey: "cp" },
      userId,
    );
    expect(result).toMatchObject({ status: "applied", invoiceId: null, pendingAmount: credit + charge });
    expect((await subscriptionOf(h, subscriptionId)).planId).toBe(h.plans.pro);

    const { runDueRenewals } = await import("../../../src");
    h.clock.set("2026-10-01T00:00:00Z");
    await runDueRenewals(h.job(), h.deps);
    const renewal = await h.db.invoice.findFirstOrThrow({
      where: { subscriptionId, billingReason: "subscription_cycle" },
      include: { lines: { orderBy: { position: "asc" } } },
    });
    expect(renewal.lines.map((line) => [line.kind, line.amount])).toEqual([
      ["plan", 4900],
      ["proration", charge],
      ["proration", credit],
    ]);
    expect(renewal).toMatchObject({ total: 4900 + charge + credit, status: "paid" });
    expect(await h.db.pendingInvoiceItem.count({ where: { subscriptionId, invoiceId: null } })).toBe(0);
  });

  it("none changes the plan without any line; an interval change restarts the cycle and charges the new period in full", async () => {
    h.clock.set("2026-10-10T00:00:00Z");
    const userId = h.customers.us;
    const subscriptionId = await h.subscribe(userId, "basic");
    h.clock.set("2026-10-20T00:00:00Z");
    const ctx = h.customerCtx(userId);
    const none = await previewSubscriptionChange(ctx, { subscriptionId, toPlanId: h.plans.pro!, behavior: "none" }, { ownerId: userId });
    expect(none).toMatchObject({ mode: "none", lines: [], total: 0 });

    const yearly = await previewSubscriptionChange(ctx, { subscriptionId, toPlanId: h.plans.yearlyPro!, behavior: "create_prorations" }, { ownerId: userId });
    const credit = -expectedShare(1900, 21, 31);
    expect(yearly).toMatchObject({ mode: "invoice", amountDueNow: 49_999 + credit });
    expect(yearly.lines.map((line) => [line.amount, line.periodEnd])).toEqual([
      [credit, "2026-11-10T00:00:00.000Z"],
      [49_999, "2027-10-20T00:00:00.000Z"],
    ]);
    await applySubscriptionChange(
      ctx,
      h.deps,
      { subscriptionId, toPlanId: h.plans.yearlyPro!, prorationDate: yearly.prorationDate, behavior: "create_prorations", idempotencyKey: "yr" },
      userId,
    );
    const subscription = await subscriptionOf(h, subscriptionId);
    expect(subscription).toMatchObject({ planId: h.plans.yearlyPro, periodIndex: 0 });
    expect(subscription.billingCycleAnchor.toISOString()).toBe("2026-10-20T00:00:00.000Z");
    expect(subscription.currentPeriodEnd.toISOString()).toBe("2027-10-20T00:00:00.000Z");
  });

  it("a declined upgrade changes nothing and voids its invoice", async () => {
    h.clock.set("2026-11-01T00:00:00Z");
    const userId = h.customers.us;
    const subscriptionId = await h.subscribe(userId, "basic");
    h.clock.set("2026-11-05T00:00:00Z");
    h.provider.mode = "decline";
    try {
      const ctx = h.customerCtx(userId);
      const preview = await previewSubscriptionChange(ctx, { subscriptionId, toPlanId: h.plans.pro! }, { ownerId: userId });
      const result = await applySubscriptionChange(
        ctx,
        h.deps,
        { subscriptionId, toPlanId: h.plans.pro!, prorationDate: preview.prorationDate, behavior: "always_invoice", idempotencyKey: "declined" },
        userId,
      );
      expect(result).toMatchObject({ status: "payment_failed", failureCode: "card_declined" });
      expect((await h.db.invoice.findUniqueOrThrow({ where: { id: result.invoiceId! } })).status).toBe("void");
      expect(await subscriptionOf(h, subscriptionId)).toMatchObject({ planId: h.plans.basic, status: "active" });
    } finally {
      h.provider.mode = "succeed";
    }
  });
});
