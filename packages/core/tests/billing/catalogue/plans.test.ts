import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import {
  archivePlan,
  createPlan,
  getAdminPlan,
  listAdminPlans,
  listPublicCatalogue,
  loadCatalogueSnapshot,
  setPrices,
  unarchivePlan,
  updatePlan,
} from "../../../src/billing/catalogue";
import type { BillingContext } from "../../../src/billing/context";
import { auditActions, contextOf, createCustomer, createSubscription, seedBasics, seedPlan, tenantId } from "./fixtures";

let t: TestDb;
let ctx: BillingContext;
beforeEach(async () => {
  t = await createTestDb();
  ctx = contextOf(t.db);
  await seedBasics(ctx);
});
afterEach(async () => {
  await t.close();
});

describe("plans", () => {
  it("creates a plan with prices per currency, audited in the same transaction", async () => {
    const plan = await seedPlan(ctx);
    expect(plan).toMatchObject({
      slug: "starter",
      interval: "month",
      intervalCount: 1,
      trialDays: 14,
      tokenGrant: 1000,
      tokenRollover: false,
      status: "active",
    });
    expect(plan.prices.map(({ currency, unitAmount }) => [currency, unitAmount])).toEqual([
      ["EUR", 900],
      ["JPY", 1500],
    ]);
    expect(plan.category).toMatchObject({ slug: "plans", isSingle: true });
    const [entry] = await t.db.auditLog.findMany({ where: { targetId: plan.id } });
    expect(entry).toMatchObject({ action: "plan.create", actorId: ctx.actor!.actorId, ip: "203.0.113.9", tenantId });
    expect((entry!.data as { prices: unknown }).prices).toEqual([
      { currency: "EUR", unitAmount: 900 },
      { currency: "JPY", unitAmount: 1500 },
    ]);
  });

  it("names the bad field, and a refused create leaves neither a plan nor an audit entry", async () => {
    const base = { slug: "pro", name: "Pro", interval: "month" };
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ ...base, slug: "Not A Slug" }, /field: slug/],
      [{ ...base, interval: "fortnight" }, /field: interval/],
      [{ ...base, tokenGrant: -1 }, /field: tokenGrant/],
      [
        {
          ...base,
          prices: [
            { currency: "EUR", unitAmount: 100 },
            { currency: "GBP", unitAmount: 100 },
          ],
        },
        /GBP is not an enabled currency \(field: prices\.GBP\)/,
      ],
      [
        {
          ...base,
          prices: [
            { currency: "EUR", unitAmount: 100 },
            { currency: "EUR", unitAmount: 200 },
          ],
        },
        /EUR is listed twice \(field: prices\.EUR\)/,
      ],
      [{ ...base, prices: [{ currency: "EUR", unitAmount: 9.5 }] }, /field: prices\.EUR\)/],
      [
        {
          ...base,
          prices: [
            { currency: "EUR", unitAmount: 100 },
            { currency: "USD", unitAmount: -1 },
          ],
        },
        /field: prices\.USD\)/,
      ],
      [{ ...base, prices: [{ currency: "XX", unitAmount: 100 }] }, /field: prices\[0\]\.currency/],
      [{ ...base, interval: "one_time", trialDays: 7 }, /field: trialDays/],
      [{ ...base, interval: "one_time", intervalCount: 3 }, /field: intervalCount/],
      [{ ...base, categoryId: "7d1f2f4e-1111-4a4a-8a8a-000000000000" }, /No plan category .* \(field: categoryId\)/],
    ];
    for (const [input, message] of cases) await expect(createPlan(ctx, input), JSON.stringify(input)).rejects.toThrow(message);
    expect(await t.db.plan.count()).toBe(0);
    expect(await t.db.auditLog.count({ where: { action: "plan.create" } })).toBe(0);

    await seedPlan(ctx, "pro");
    await expect(createPlan(ctx, base)).rejects.toMatchObject({ code: "PLAN_SLUG_TAKEN", status: "CONFLICT" });
  });

  it("keeps the billing period of a plan with live subscribers, but lets other fields change", async () => {
    const plan = await seedPlan(ctx);
    const user = await createCustomer(t.db);
    await createSubscription(t.db, user.id, plan.id);
    await expect(updatePlan(ctx, { id: plan.id, interval: "year" })).rejects.toThrow(/field: interval/);
    const renamed = await updatePlan(ctx, { id: plan.id, name: "Starter+", features: { seats: 3 } });
    expect(renamed).toMatchObject({ name: "Starter+", features: { seats: 3 }, interval: "month", subscriberCount: 1 });
    expect(await auditActions(t.db, plan.id)).toEqual(["plan.create", "plan.update"]);
  });

  it("archived plans keep their subscribers, are listed for admins, hidden from the portal and can't be bought", async () => {
    const plan = await seedPlan(ctx);
    const user = await createCustomer(t.db);
    const subscription = await createSubscription(t.db, user.id, plan.id);
    await archivePlan(ctx, { id: plan.id });

    const admin = await listAdminPlans(t.db, tenantId);
    expect(admin.map((row) => [row.slug, row.status, row.subscriberCount])).toEqual([["starter", "archived", 1]]);
    expect((await t.db.subscription.findUniqueOrThrow({ where: { id: subscription.id } })).status).toBe("active");
    expect((await listPublicCatalogue(t.db, tenantId, "EUR")).groups).toEqual([]);
    const cart = { tenantId, userId: user.id, currency: "EUR", items: [{ kind: "plan" as const, planId: plan.id }] };
    await expect(loadCatalogueSnapshot(t.db, tenantId, cart)).rejects.toMatchObject({
      code: "PLAN_ARCHIVED",
      message: expect.stringContaining("field: items[0].planId"),
    });

    await unarchivePlan(ctx, { id: plan.id });
    expect((await loadCatalogueSnapshot(t.db, tenantId, cart)).plans[plan.id]!.price!.unitAmount).toBe(900);
    expect(await auditActions(t.db, plan.id)).toEqual(["plan.create", "plan.archive", "plan.unarchive"]);
  });

  it("replaces the price list: listed currencies upserted, others deactivated, before/after audited", async () => {
    const plan = await seedPlan(ctx);
    const after = await setPrices(ctx, {
      owner: { planId: plan.id },
      prices: [
        { currency: "EUR", unitAmount: 1000 },
        { currency: "USD", unitAmount: 1100 },
      ],
    });
    expect(after.map(({ currency, unitAmount }) => [currency, unitAmount])).toEqual([
      ["EUR", 1000],
      ["USD", 1100],
    ]);
    expect((await getAdminPlan(t.db, tenantId, plan.id)).prices.map((price) => price.currency)).toEqual(["EUR", "USD"]);
    const jpy = await t.db.price.findFirstOrThrow({ where: { planId: plan.id, currency: "JPY" } });
    expect(jpy.active).toBe(false);
    const entry = await t.db.auditLog.findFirstOrThrow({ where: { targetId: plan.id, action: "price.set" } });
    expect(entry.data).toEqual({
      before: [
        { currency: "EUR", unitAmount: 900 },
        { currency: "JPY", unitAmount: 1500 },
      ],
      after: [
        { currency: "EUR", unitAmount: 1000 },
        { currency: "USD", unitAmount: 1100 },
      ],
    });
    await expect(setPrices(ctx, { owner: { planId: plan.id }, prices: [{ currency: "CHF", unitAmount: 1 }] })).rejects.toThrow(/field: prices\.CHF\)/);
    await expect(setPrices(ctx, { owner: { planId: "7d1f2f4e-1111-4a4a-8a8a-000000000000" }, prices: [] })).rejects.toThrow(/field: owner\.planId/);
  });

  it("never reaches another tenant's plans", async () => {
    await t.db.tenant.create({ data: { id: "other", slug: "other", name: "Other" } });
    const plan = await seedPlan(ctx);
    const other = contextOf(t.db, "other");
    await expect(getAdminPlan(t.db, "other", plan.id)).rejects.toMatchObject({ status: "NOT_FOUND" });
    await expect(archivePlan(other, { id: plan.id })).rejects.toMatchObject({ status: "NOT_FOUND" });
    expect(await listAdminPlans(t.db, "other")).toEqual([]);
    expect((await getAdminPlan(t.db, tenantId, plan.id)).status).toBe("active");
  });
});
