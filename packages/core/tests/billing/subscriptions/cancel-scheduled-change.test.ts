import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySubscriptionChange, cancelScheduledChange, previewSubscriptionChange, runDueRenewals } from "../../../src";
import { createSubscriptionHarness, eventsNamed, operator, subscriptionOf, tenantId, type SubscriptionHarness } from "./harness";

let h: SubscriptionHarness;

beforeAll(async () => {
  h = await createSubscriptionHarness("2026-01-10T00:00:00.000Z", {
    basic: { interval: "month", prices: { EUR: 1900 } },
    pro: { interval: "month", prices: { EUR: 4900 } },
  });
}, 60_000);
afterAll(() => h.close());

let keys = 0;
/** A Pro subscription of `userId` bought at `start` with a downgrade to Basic scheduled 5 days later. */
async function withScheduledDowngrade(userId: string, start: string): Promise<string> {
  h.clock.set(start);
  const subscriptionId = await h.subscribe(userId, "pro");
  h.clock.advance(5 * 86_400_000);
  const ctx = h.customerCtx(userId);
  const preview = await previewSubscriptionChange(ctx, { subscriptionId, toPlanId: h.plans.basic! }, { ownerId: userId });
  const result = await applySubscriptionChange(
    ctx,
    h.deps,
    {
      subscriptionId,
      toPlanId: h.plans.basic!,
      prorationDate: preview.prorationDate,
      behavior: preview.behavior,
      idempotencyKey: `down-${(keys += 1)}`,
    },
    userId,
  );
  expect(result.status).toBe("scheduled");
  expect(await subscriptionOf(h, subscriptionId)).toMatchObject({ planId: h.plans.pro, scheduledPlanId: h.plans.basic });
  return subscriptionId;
}

const canceledEventsOf = async (subscriptionId: string) =>
  (await eventsNamed(h.db, "subscription.scheduled_change_canceled")).filter(
    (event) => (event.payload as { subscriptionId: string }).subscriptionId === subscriptionId,
  );

describe("canceling a scheduled plan change", () => {
  it("keeps the customer on the current plan: the renewal bills Pro, not the downgrade, and one event says so", async () => {
    const userId = h.customers.us;
    const id = await withScheduledDowngrade(userId, "2026-01-10T00:00:00Z");
    const released = await cancelScheduledChange(h.customerCtx(userId), { subscriptionId: id }, userId);
    expect(released).toMatchObject({ planId: h.plans.pro, scheduledPlanId: null, status: "active" });
    expect((await canceledEventsOf(id)).map((event) => event.payload)).toEqual([
      { subscriptionId: id, userId, planId: h.plans.pro, canceledPlanId: h.plans.basic, periodEnd: "2026-02-10T00:00:00.000Z" },
    ]);
    // The customer's own action is not an operator's: no audit entry.
    expect(await h.db.auditLog.count({ where: { targetId: id } })).toBe(0);

    h.clock.set("2026-02-10T00:00:00Z");
    await runDueRenewals(h.job(), h.deps);
    expect(await subscriptionOf(h, id)).toMatchObject({ planId: h.plans.pro, unitAmount: 4900, scheduledPlanId: null, periodIndex: 1 });
    const renewal = await h.db.invoice.findFirstOrThrow({ where: { subscriptionId: id, billingReason: "subscription_cycle" }, include: { lines: true } });
    expect(renewal).toMatchObject({ total: 4900, status: "paid" });
    expect(renewal.lines.map((line) => line.description)).toEqual(["Pro (2026-02-10 – 2026-03-10)"]);
  });

  it("answers CONFLICT naming the missing scheduled change when nothing is scheduled, and writes nothing", async () => {
    const userId = h.customers.de;
    h.clock.set("2026-03-01T00:00:00Z");
    const id = await h.subscribe(userId, "pro");
    const before = await subscriptionOf(h, id);
    const outbox = await h.db.outboxEvent.count();
    await expect(cancelScheduledChange(h.customerCtx(userId), { subscriptionId: id }, userId)).rejects.toMatchObject({
      code: "NO_SCHEDULED_CHANGE",
      status: "CONFLICT",
      message: expect.stringMatching(/no scheduled plan change.*field: subscriptionId/),
    });
    expect(await subscriptionOf(h, id)).toEqual(before);
    expect(await h.db.outboxEvent.count()).toBe(outbox);
  });

  it("hides another customer's subscription (NOT_FOUND) and leaves its scheduled change alone", async () => {
    const id = await withScheduledDowngrade(h.customers.us, "2026-04-01T00:00:00Z");
    const stranger = h.customers.de;
    await expect(cancelScheduledChange(h.customerCtx(stranger), { subscriptionId: id }, stranger)).rejects.toMatchObject({ code: "SUBSCRIPTION_NOT_FOUND" });
    expect(await subscriptionOf(h, id)).toMatchObject({ scheduledPlanId: h.plans.basic });
  });

  it("audits an operator's cancel with the plan that was scheduled", async () => {
    const id = await withScheduledDowngrade(h.customers.de, "2026-05-01T00:00:00Z");
    await cancelScheduledChange(h.ctx(operator()), { subscriptionId: id });
    const audit = await h.db.auditLog.findMany({ where: { targetId: id } });
    expect(audit.map((entry) => [entry.action, entry.actorId, entry.data])).toEqual([
      [
        "subscription.scheduled_change_canceled",
        operator().actorId,
        expect.objectContaining({ scheduledPlanId: null, previousScheduledPlanId: h.plans.basic, planId: h.plans.pro }),
      ],
    ]);
    expect(await canceledEventsOf(id)).toHaveLength(1);
  });

  it("two concurrent cancels over separate connections: one succeeds, the other is a CONFLICT, one event", async () => {
    const userId = h.customers.us;
    const id = await withScheduledDowngrade(userId, "2026-06-01T00:00:00Z");
    const [first, second] = [h.worker(), h.worker()].map((db) =>
      cancelScheduledChange({ db, tenantId, clock: h.clock, actor: h.customerCtx(userId).actor }, { subscriptionId: id }, userId),
    );
    const outcomes = await Promise.allSettled([first!, second!]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = outcomes.find((outcome) => outcome.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "NO_SCHEDULED_CHANGE", status: "CONFLICT" });
    expect(await canceledEventsOf(id)).toHaveLength(1);
    expect(await subscriptionOf(h, id)).toMatchObject({ planId: h.plans.pro, scheduledPlanId: null });
  }, 60_000);
});
