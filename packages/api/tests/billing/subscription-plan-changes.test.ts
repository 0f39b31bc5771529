/**
 * Plan changes through the API on the demo catalogue (Starter 1,000 tokens, Pro 5,000 a month,
 * Pro yearly 60,000 a year): what previewChange tells the portal, canceling a scheduled change as
 * the customer (tRPC and REST) and as an operator, and the intervalChange billing setting.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createTestClock } from "@tillbox/core";
import { setDb } from "@tillbox/db";
import { setMailer } from "@tillbox/email";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { handleRestRequest } from "../../src";
import { setBillingClock } from "../../src/billing-context";
import { currentSession } from "../security/security-helpers";
import { payOnSandboxPage, setupShop, signedIn } from "./done-when-helpers";

const clock = createTestClock(new Date("2026-03-02T10:00:00.000Z"));
let t: TestDb;
let shop: Awaited<ReturnType<typeof setupShop>>;
let ada: Awaited<ReturnType<typeof signedIn>>;
let admin: Awaited<ReturnType<typeof signedIn>>;
let support: Awaited<ReturnType<typeof signedIn>>;
let subscriptionId: string;

beforeAll(async () => {
  t = await createTestDb();
  // REST requests run on the app's database client.
  setDb(t.db);
  setBillingClock(clock);
  shop = await setupShop(t.db);
  [ada, admin, support] = [
    await signedIn(t.db, "user", "ada@changes.test"),
    await signedIn(t.db, "admin", "ops@changes.test"),
    await signedIn(t.db, "support", "help@changes.test"),
  ];
  const started = await ada.caller.billing.checkout.create({
    currency: "EUR",
    items: [{ kind: "plan", planId: shop.plans.pro! }],
    provider: "sandbox",
    idempotencyKey: "buy-pro",
  });
  expect(await payOnSandboxPage(ada.caller, started, "4242 4242 4242 4242")).toMatchObject({ status: "succeeded", invoiceStatus: "paid" });
  subscriptionId = (await ada.caller.billing.subscriptions.mine())[0]!.id;
  clock.set(new Date("2026-03-12T10:00:00.000Z"));
}, 60_000);
afterAll(async () => {
  setBillingClock(undefined);
  setMailer(undefined);
  setDb(undefined);
  await t.close();
});

async function scheduleStarter() {
  const preview = await ada.caller.billing.subscriptions.previewChange({ subscriptionId, toPlanId: shop.plans.starter! });
  expect(preview).toMatchObject({ effective: "period_end", mode: "scheduled", periodRestarts: false, tokensGranted: 0, toPlanName: "Starter" });
  const result = await ada.caller.billing.subscriptions.change({
    subscriptionId,
    toPlanId: shop.plans.starter!,
    prorationDate: preview.prorationDate,
    idempotencyKey: `down-${Date.now()}-${Math.random()}`,
  });
  expect(result.status).toBe("scheduled");
  expect((await ada.caller.billing.subscriptions.mine())[0]!.scheduledPlan).toMatchObject({ slug: "starter" });
}

const codeOf = (call: Promise<unknown>) =>
  call.then(
    () => "OK",
    (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
  );

/** POST /api/v1/subscriptions/{id}/cancel-scheduled-change as the portal's own page sends it. */
async function restCancel(userId: string) {
  const url = `http://localhost:3000/api/v1/subscriptions/${subscriptionId}/cancel-scheduled-change`;
  const request = new Request(url, { method: "POST", headers: { host: "localhost:3000", "sec-fetch-site": "same-origin" } });
  return handleRestRequest(request, { session: await currentSession(t.db, userId) });
}

describe("plan changes through the API", () => {
  it("previews Pro → Pro yearly as effective now with the cycle restarted and the yearly grant, not as a deferred downgrade", async () => {
    const preview = await ada.caller.billing.subscriptions.previewChange({ subscriptionId, toPlanId: shop.plans["pro-yearly"]! });
    expect(preview).toMatchObject({
      effective: "now",
      periodRestarts: true,
      mode: "invoice",
      fromPlanName: "Pro",
      toPlanName: "Pro yearly",
      tokensGranted: 60_000,
    });
    expect(preview.newPeriodEnd?.toISOString()).toBe("2027-03-12T10:00:00.000Z");
    expect(preview.amountDueNow).toBeGreaterThan(0);
  });

  it("lets the customer keep the current plan (tRPC, then REST): a second cancel is a CONFLICT naming it", async () => {
    await scheduleStarter();
    const kept = await ada.caller.billing.subscriptions.cancelScheduledChange({ subscriptionId });
    expect(kept).toMatchObject({ planId: shop.plans.pro, scheduledPlanId: null });
    expect(await codeOf(ada.caller.billing.subscriptions.cancelScheduledChange({ subscriptionId }))).toBe("CONFLICT");

    await scheduleStarter();
    const response = await restCancel(ada.id);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: subscriptionId, scheduledPlanId: null });
    const again = await restCancel(ada.id);
    expect(again.status).toBe(409);
    expect((await again.json()).error).toMatchObject({ code: "NO_SCHEDULED_CHANGE", message: expect.stringContaining("no scheduled plan change") });
    expect(await t.db.outboxEvent.count({ where: { name: "subscription.scheduled_change_canceled" } })).toBe(2);
  });

  it("lets an operator with billing:manage cancel it, audited; support (read only) may not", async () => {
    await scheduleStarter();
    expect(await codeOf(support.caller.billing.subscriptions.admin.cancelScheduledChange({ subscriptionId }))).toBe("FORBIDDEN");
    expect(await codeOf(ada.caller.billing.subscriptions.admin.cancelScheduledChange({ subscriptionId }))).toBe("FORBIDDEN");
    expect((await admin.caller.billing.subscriptions.admin.get({ subscriptionId })).scheduledPlan).toMatchObject({ slug: "starter" });
    await admin.caller.billing.subscriptions.admin.cancelScheduledChange({ subscriptionId });
    expect((await admin.caller.billing.subscriptions.admin.get({ subscriptionId })).scheduledPlan).toBeNull();
    const audit = await t.db.auditLog.findMany({ where: { targetId: subscriptionId, action: "subscription.scheduled_change_canceled" } });
    expect(audit.map((entry) => [entry.actorId, (entry.data as { previousScheduledPlanId: string }).previousScheduledPlanId])).toEqual([
      [admin.id, shop.plans.starter],
    ]);
  });

  it("defers Pro → Pro yearly once an operator sets intervalChange to downgrade_at_period_end", async () => {
    expect(await codeOf(support.caller.billing.settings.update({ intervalChange: "downgrade_at_period_end" }))).toBe("FORBIDDEN");
    await admin.caller.billing.settings.update({ intervalChange: "downgrade_at_period_end" });
    expect(await admin.caller.billing.settings.get()).toMatchObject({ intervalChange: "downgrade_at_period_end" });
    const preview = await ada.caller.billing.subscriptions.previewChange({ subscriptionId, toPlanId: shop.plans["pro-yearly"]! });
    expect(preview).toMatchObject({ direction: "downgrade", effective: "period_end", mode: "scheduled", periodRestarts: false, amountDueNow: 0 });
    expect(await codeOf(admin.caller.billing.settings.update({ intervalChange: "sometimes" as never }))).toBe("BAD_REQUEST");
  });
});
