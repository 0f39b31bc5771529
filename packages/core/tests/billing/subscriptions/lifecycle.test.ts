import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applySubscriptionChange,
  cancelSubscription,
  expireIncompleteSubscriptions,
  lockSubscription,
  pauseSubscription,
  previewSubscriptionChange,
  resumeSubscription,
  runDueRenewals,
  transition,
} from "../../../src";
import { createSubscriptionHarness, eventsNamed, operator, subscriptionOf, type SubscriptionHarness } from "./harness";

let h: SubscriptionHarness;

beforeAll(async () => {
  h = await createSubscriptionHarness("2026-01-15T10:00:00.000Z", {
    basic: { interval: "month", prices: { EUR: 1900 } },
    pro: { interval: "month", prices: { EUR: 4900 } },
  });
}, 60_000);
afterAll(() => h.close());

const invoicesOf = (subscriptionId: string) => h.db.invoice.findMany({ where: { subscriptionId }, include: { lines: true }, orderBy: { createdAt: "asc" } });

describe("plan changes", () => {
  it("schedules a downgrade for the period end and applies it at the renewal", async () => {
    h.clock.set("2026-01-15T10:00:00Z");
    const userId = h.customers.us;
    const id = await h.subscribe(userId, "pro");
    h.clock.set("2026-01-20T00:00:00Z");
    const ctx = h.customerCtx(userId);
    const preview = await previewSubscriptionChange(ctx, { subscriptionId: id, toPlanId: h.plans.basic! }, { ownerId: userId });
    expect(preview).toMatchObject({ direction: "downgrade", effective: "period_end", mode: "scheduled", lines: [], amountDueNow: 0 });
    expect(preview.effectiveAt.toISOString()).toBe("2026-02-15T10:00:00.000Z");
    const result = await applySubscriptionChange(
      ctx,
      h.deps,
      { subscriptionId: id, toPlanId: h.plans.basic!, prorationDate: preview.prorationDate, behavior: "always_invoice", idempotencyKey: "down" },
      userId,
    );
    expect(result.status).toBe("scheduled");
    expect(await subscriptionOf(h, id)).toMatchObject({ planId: h.plans.pro, scheduledPlanId: h.plans.basic, unitAmount: 4900 });

    h.clock.set("2026-02-15T10:00:00Z");
    await runDueRenewals(h.job(), h.deps);
    const after = await subscriptionOf(h, id);
    expect(after).toMatchObject({ planId: h.plans.basic, scheduledPlanId: null, unitAmount: 1900, status: "active", periodIndex: 1 });
    const renewal = (await invoicesOf(id)).find((invoice) => invoice.billingReason === "subscription_cycle")!;
    expect(renewal).toMatchObject({ total: 1900, status: "paid" });
    expect(renewal.lines.map((line) => line.description)).toEqual(["Basic (2026-02-15 – 2026-03-15)"]);
  });
});

describe("cancel, resume and pause", () => {
  it("cancels at the period end; resume undoes it before then; the renewal ends it without an invoice", async () => {
    h.clock.set("2026-03-01T00:00:00Z");
    const userId = h.customers.de;
    const id = await h.subscribe(userId, "basic");
    const ctx = h.customerCtx(userId);
    await cancelSubscription(ctx, { subscriptionId: id, atPeriodEnd: true }, userId);
    expect(await subscriptionOf(h, id)).toMatchObject({ status: "active", cancelAtPeriodEnd: true });
    await resumeSubscription(ctx, { subscriptionId: id }, userId);
    expect(await subscriptionOf(h, id)).toMatchObject({ status: "active", cancelAtPeriodEnd: false, canceledAt: null });
    await cancelSubscription(ctx, { subscriptionId: id, atPeriodEnd: true }, userId);

    h.clock.set("2026-04-01T00:00:00Z");
    await runDueRenewals(h.job(), h.deps);
    const ended = await subscriptionOf(h, id);
    expect(ended).toMatchObject({ status: "canceled", cancelAtPeriodEnd: false });
    expect(ended.endedAt?.toISOString()).toBe("2026-04-01T00:00:00.000Z");
    expect((await invoicesOf(id)).map((invoice) => invoice.billingReason)).toEqual(["subscription_create"]);
    const canceled = (await eventsNamed(h.db, "subscription.canceled")).map((event) => event.payload as { subscriptionId: string; reason: string });
    expect(canceled).toContainEqual(expect.objectContaining({ subscriptionId: id, reason: "canceled_at_period_end" }));
  });

  it("pauses: no renewal while paused; resume continues in the current period without billing the skipped ones", async () => {
    h.clock.set("2026-05-10T00:00:00Z");
    const userId = h.customers.us;
    const id = await h.subscribe(userId, "basic");
    const ctx = h.customerCtx(userId);
    await pauseSubscription(ctx, { subscriptionId: id }, userId);
    h.clock.set("2026-07-20T00:00:00Z");
    await runDueRenewals(h.job(), h.deps);
    expect(await subscriptionOf(h, id)).toMatchObject({ status: "paused", periodIndex: 0 });
    await resumeSubscription(ctx, { subscriptionId: id }, userId);
    const resumed = await subscriptionOf(h, id);
    expect(resumed).toMatchObject({ status: "active", periodIndex: 2, pausedAt: null });
    expect([resumed.currentPeriodStart.toISOString(), resumed.currentPeriodEnd.toISOString()]).toEqual([
      "2026-07-10T00:00:00.000Z",
      "2026-08-10T00:00:00.000Z",
    ]);
    expect(await h.db.invoice.count({ where: { subscriptionId: id, billingReason: "subscription_cycle" } })).toBe(0);
    h.clock.set("2026-08-10T00:00:00Z");
    await runDueRenewals(h.job(), h.deps);
    const invoice = await h.db.invoice.findFirstOrThrow({ where: { subscriptionId: id, billingReason: "subscription_cycle" } });
    expect([invoice.periodStart?.toISOString(), invoice.status]).toEqual(["2026-08-10T00:00:00.000Z", "paid"]);
    expect((await eventsNamed(h.db, "subscription.paused")).length).toBeGreaterThan(0);
    expect((await eventsNamed(h.db, "subscription.resumed")).some((event) => (event.payload as { subscriptionId: string }).subscriptionId === id)).toBe(true);
  });

  it("refuses illegal transitions and leaves the row unchanged", async () => {
    h.clock.set("2026-09-01T00:00:00Z");
    const userId = h.customers.us;
    const id = await h.subscribe(userId, "basic");
    const ctx = h.customerCtx(userId);
    await expect(resumeSubscription(ctx, { subscriptionId: id }, userId)).rejects.toMatchObject({ code: "NOTHING_TO_RESUME" });
    await cancelSubscription(ctx, { subscriptionId: id, atPeriodEnd: false }, userId);
    for (const attempt of [
      () => pauseSubscription(ctx, { subscriptionId: id }, userId),
      () => resumeSubscription(ctx, { subscriptionId: id }, userId),
      () => cancelSubscription(ctx, { subscriptionId: id, atPeriodEnd: true }, userId),
      () => cancelSubscription(ctx, { subscriptionId: id, atPeriodEnd: false }, userId),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ status: "CONFLICT" });
    }
    await expect(
      h.db.$transaction(async (tx) => {
        const row = await lockSubscription(tx, "default", id);
        return transition(tx, { tenantId: "default", now: h.clock.now(), actor: null }, { subscription: row, to: "active", reason: "test" });
      }),
    ).rejects.toMatchObject({ code: "SUBSCRIPTION_TRANSITION_REFUSED" });
    expect(await subscriptionOf(h, id)).toMatchObject({ status: "canceled" });
    // Someone else's subscription is not found for a customer.
    await expect(cancelSubscription(h.customerCtx(h.customers.de), { subscriptionId: id, atPeriodEnd: false }, h.customers.de)).rejects.toMatchObject({
      code: "SUBSCRIPTION_NOT_FOUND",
    });
  });

  it("audits an operator's change in the same transaction, not the customer's own", async () => {
    h.clock.set("2026-10-01T00:00:00Z");
    const userId = h.customers.de;
    const id = await h.subscribe(userId, "basic");
    await pauseSubscription(h.customerCtx(userId), { subscriptionId: id }, userId);
    expect(await h.db.auditLog.count({ where: { targetId: id } })).toBe(0);
    await cancelSubscription(h.ctx(operator()), { subscriptionId: id, atPeriodEnd: false });
    const audit = await h.db.auditLog.findMany({ where: { targetId: id } });
    expect(audit.map((entry) => [entry.action, entry.actorId, (entry.data as { from: string; to: string }).to])).toEqual([
      ["subscription.canceled", operator().actorId, "canceled"],
    ]);
  });
});

describe("incomplete subscriptions", () => {
  it("expire 23 hours after a failed first payment, voiding the first invoice", async () => {
    h.clock.set("2026-11-01T08:00:00Z");
    h.provider.mode = "decline";
    const id = await h.subscribe(h.customers.us, "pro").finally(() => (h.provider.mode = "succeed"));
    expect(await subscriptionOf(h, id)).toMatchObject({ status: "incomplete" });
    h.clock.set("2026-11-02T06:59:59Z");
    await expireIncompleteSubscriptions(h.job());
    expect(await subscriptionOf(h, id)).toMatchObject({ status: "incomplete" });
    h.clock.set("2026-11-02T07:00:00Z");
    await expireIncompleteSubscriptions(h.job());
    expect(await subscriptionOf(h, id)).toMatchObject({ status: "incomplete_expired" });
    expect((await invoicesOf(id)).map((invoice) => invoice.status)).toEqual(["void"]);
  });
});
