import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  activatePaidInvoice,
  applySubscriptionChange,
  getTokenBalance,
  grantReference,
  handleProviderWebhook,
  previewSubscriptionChange,
  runDueRenewals,
  type ChangeRequest,
} from "../../../src";
import { createSubscriptionHarness, DAY, subscriptionOf, tenantId, type SubscriptionHarness } from "./harness";

let h: SubscriptionHarness;

beforeAll(async () => {
  h = await createSubscriptionHarness("2026-01-01T00:00:00.000Z", {
    pro: { interval: "month", prices: { EUR: 2900 }, tokenGrant: 5000 },
    team: { interval: "month", prices: { EUR: 9900 }, tokenGrant: 20_000 },
    proYearly: { interval: "year", prices: { EUR: 29_000 }, tokenGrant: 60_000, tokenRollover: true },
  });
}, 60_000);
afterAll(() => h.close());

let keys = 0;
async function change(userId: string, subscriptionId: string, toPlan: string, request: Partial<ChangeRequest> & { idempotencyKey?: string } = {}) {
  const { idempotencyKey = `grant-${(keys += 1)}`, ...rest } = request;
  const ctx = h.customerCtx(userId);
  const preview = await previewSubscriptionChange(ctx, { subscriptionId, toPlanId: h.plans[toPlan]!, ...rest }, { ownerId: userId });
  const input = {
    subscriptionId,
    toPlanId: h.plans[toPlan]!,
    prorationDate: preview.prorationDate,
    behavior: preview.behavior,
    immediate: rest.immediate,
    idempotencyKey,
  };
  return { preview, result: await applySubscriptionChange(ctx, h.deps, input, userId), input };
}

const balanceOf = (userId: string) => getTokenBalance(h.db, tenantId, userId);
const grantsOf = (subscriptionId: string) =>
  h.db.tokenLedgerEntry.findMany({ where: { kind: "grant", reference: { startsWith: `subscription:${subscriptionId}:` } }, orderBy: { sequence: "asc" } });
/** floor(amount × remaining / length): the test's own arithmetic for a grant top-up. */
const floorShare = (amount: number, remaining: number, length: number) => Number((BigInt(amount) * BigInt(remaining)) / BigInt(length));

describe("tokens granted by a plan change", () => {
  it("an upgrade grants the difference of the grants, prorated from the proration date like the charge, rounded down", async () => {
    h.clock.set("2026-04-01T00:00:00Z");
    const userId = h.customers.us;
    const id = await h.subscribe(userId, "pro");
    expect(await balanceOf(userId)).toBe(5000);
    h.clock.set("2026-04-20T00:00:00Z");
    // A proration date earlier than now, in the middle of a second: what the preview fixed.
    const at = new Date("2026-04-09T07:13:21Z");
    const expected = floorShare(15_000, Date.parse("2026-05-01T00:00:00Z") - at.getTime(), 30 * DAY);
    const { preview, result } = await change(userId, id, "team", { prorationDate: at });

    expect(expected).toBe(10_849); // 15,000 × 1,874,799 s ÷ 2,592,000 s = 10,849.53…
    expect(preview.tokensGranted).toBe(expected);
    expect(result.status).toBe("applied");
    expect(await balanceOf(userId)).toBe(5000 + expected);
    const topUp = (await grantsOf(id)).at(-1)!;
    expect(topUp).toMatchObject({ amount: expected, reference: `${grantReference(id, new Date("2026-04-01T00:00:00Z"))}:change:${at.toISOString()}` });
    // The plan doesn't roll over: the top-up lapses with the period, like the period's own grant.
    expect(topUp.expiresAt?.toISOString()).toBe("2026-05-01T00:00:00.000Z");
    const credited = await h.db.outboxEvent.findMany({ where: { name: "tokens.credited" } });
    expect(credited.map((event) => event.payload)).toContainEqual(expect.objectContaining({ entryId: topUp.id, kind: "grant", amount: expected }));
  });

  it("grants once: a replayed key, a second apply and a retried fulfilment add nothing", async () => {
    h.clock.set("2026-05-01T00:00:00Z");
    const userId = h.customers.de;
    const id = await h.subscribe(userId, "pro");
    h.clock.set("2026-05-11T00:00:00Z");
    const first = await change(userId, id, "team", { idempotencyKey: "team-upgrade" });
    const granted = first.preview.tokensGranted;
    expect(granted).toBe(floorShare(15_000, 21, 31));
    expect(await balanceOf(userId)).toBe(5000 + granted);

    expect(await applySubscriptionChange(h.customerCtx(userId), h.deps, first.input, userId)).toEqual(first.result);
    await expect(applySubscriptionChange(h.customerCtx(userId), h.deps, { ...first.input, idempotencyKey: "team-upgrade-2" }, userId)).rejects.toMatchObject({
      code: "SAME_PLAN",
    });
    // The capture transaction runs fulfilment again (a retried payment issue, a duplicate webhook).
    const invoice = await h.db.invoice.findUniqueOrThrow({ where: { id: first.result.invoiceId! } });
    await h.db.$transaction((tx) =>
      activatePaidInvoice(tx, { id: invoice.id, tenantId, userId, subscriptionId: id, billingReason: invoice.billingReason }, h.clock.now()),
    );

    expect(await balanceOf(userId)).toBe(5000 + granted);
    expect((await grantsOf(id)).map((entry) => entry.amount)).toEqual([5000, granted]);
  });

  it("a downgrade takes nothing back, and upgrading again in the same period grants nothing twice", async () => {
    h.clock.set("2026-06-01T00:00:00Z");
    const userId = h.customers.us;
    const id = await h.subscribe(userId, "team");
    const before = await balanceOf(userId);
    h.clock.set("2026-06-10T00:00:00Z");
    const down = await change(userId, id, "pro", { immediate: true, behavior: "create_prorations" });
    expect(down.preview).toMatchObject({ direction: "downgrade", effective: "now", tokensGranted: 0 });
    expect(await subscriptionOf(h, id)).toMatchObject({ planId: h.plans.pro });
    h.clock.set("2026-06-15T00:00:00Z");
    const up = await change(userId, id, "team", { behavior: "create_prorations" });
    expect(up.preview).toMatchObject({ direction: "upgrade", tokensGranted: 0 });
    expect(await subscriptionOf(h, id)).toMatchObject({ planId: h.plans.team });
    expect(await balanceOf(userId)).toBe(before);
    expect(await h.db.tokenLedgerEntry.count({ where: { kind: { not: "grant" }, wallet: { userId } } })).toBe(0);

    // A scheduled downgrade doesn't claw back either: the next period simply grants the new plan's.
    await change(userId, id, "pro");
    h.clock.set("2026-07-01T00:00:00Z");
    await runDueRenewals(h.job(), h.deps);
    expect((await grantsOf(id)).map((entry) => entry.amount)).toEqual([20_000, 5000]);
    expect(await h.db.tokenLedgerEntry.count({ where: { kind: { not: "grant" }, wallet: { userId } } })).toBe(0);
  });

  it("an interval change restarts the period with the new plan's full grant; the old period's grant keeps its own expiry", async () => {
    h.clock.set("2026-08-01T00:00:00Z");
    const userId = h.customers.de;
    const before = await balanceOf(userId);
    const id = await h.subscribe(userId, "pro");
    h.clock.set("2026-08-11T00:00:00Z");
    const { preview } = await change(userId, id, "proYearly");
    expect(preview).toMatchObject({ periodRestarts: true, tokensGranted: 60_000 });

    const grants = await grantsOf(id);
    expect(grants.map((entry) => [entry.amount, entry.reference, entry.expiresAt?.toISOString() ?? null])).toEqual([
      [5000, grantReference(id, new Date("2026-08-01T00:00:00Z")), "2026-09-01T00:00:00.000Z"],
      [60_000, grantReference(id, new Date("2026-08-11T00:00:00Z")), null],
    ]);
    expect(await balanceOf(userId)).toBe(before + 5000 + 60_000);
  });

  it("an upgrade before the period's renewal payment settles: the period keeps the grant it started with, plus the top-up", async () => {
    h.clock.set("2026-09-01T00:00:00Z");
    const userId = h.customers.us;
    const id = await h.subscribe(userId, "pro");
    h.provider.mode = "pending";
    h.clock.set("2026-10-01T00:00:00Z");
    await runDueRenewals(h.job(), h.deps).finally(() => (h.provider.mode = "succeed"));
    const renewal = await h.db.payment.findFirstOrThrow({ where: { invoice: { subscriptionId: id, billingReason: "subscription_cycle" } } });
    expect(renewal.status).toBe("pending");

    h.clock.set("2026-10-16T00:00:00Z");
    const { preview } = await change(userId, id, "team");
    expect(preview.tokensGranted).toBe(floorShare(15_000, 16, 31));
    h.provider.completeAction(renewal.providerPaymentId!, "succeeded");
    const raw = JSON.stringify({ id: "evt_renewal_settled", type: "payment.updated", providerPaymentId: renewal.providerPaymentId });
    await handleProviderWebhook({ db: h.db, providers: h.deps.payments.providers, clock: h.clock, subscriptions: h.deps }, "fake", {
      headers: h.provider.sign(raw),
      rawBody: raw,
    });

    expect((await h.db.invoice.findUniqueOrThrow({ where: { id: renewal.invoiceId } })).status).toBe("paid");
    const october = (await grantsOf(id)).filter((entry) => entry.reference!.includes(":period:2026-10-01T00:00:00.000Z"));
    expect(october.map((entry) => entry.amount).sort((a, b) => a - b)).toEqual([5000, preview.tokensGranted]);
  });
});
