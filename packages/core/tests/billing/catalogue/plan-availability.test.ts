import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import {
  archivePlan,
  createCategory,
  createPlan,
  getAdminPlan,
  listAdminPlans,
  listPublicCatalogue,
  setPrices,
  suggestPlanCategory,
  upsertCurrency,
} from "../../../src/billing/catalogue";
import type { BillingContext } from "../../../src/billing/context";
import { contextOf, seedBasics, tenantId } from "./fixtures";

let t: TestDb;
let ctx: BillingContext;
beforeEach(async () => {
  t = await createTestDb();
  ctx = contextOf(t.db);
  await seedBasics(ctx); // EUR, JPY and USD enabled
});
afterEach(async () => {
  await t.close();
});

const everywhere = [
  { currency: "EUR", unitAmount: 900 },
  { currency: "JPY", unitAmount: 1500 },
  { currency: "USD", unitAmount: 1000 },
];
const availabilityOf = async (id: string) => (await getAdminPlan(t.db, tenantId, id)).availability;

describe("why a plan is not offered", () => {
  it("a plan in a category with a price in every enabled currency is offered to everyone", async () => {
    const category = await createCategory(ctx, { slug: "plans", name: "Plans", isSingle: true });
    const plan = await createPlan(ctx, { slug: "team", name: "Team", interval: "month", categoryId: category.id, prices: everywhere });
    expect(plan.availability).toEqual({ offered: true, currencies: ["EUR", "JPY", "USD"], notices: [] });
  });

  it("no price: nobody can buy it, and the portal doesn't list it", async () => {
    const category = await createCategory(ctx, { slug: "plans", name: "Plans" });
    const plan = await createPlan(ctx, { slug: "draft", name: "Draft", interval: "month", categoryId: category.id });
    expect(plan.availability).toEqual({ offered: false, currencies: [], notices: [{ reason: "no_price" }] });
    expect((await listPublicCatalogue(t.db, tenantId, "EUR")).groups).toEqual([]);
  });

  it("a price only in a currency that is no longer enabled counts as no price", async () => {
    const plan = await createPlan(ctx, { slug: "team", name: "Team", interval: "one_time", prices: [{ currency: "USD", unitAmount: 1000 }] });
    expect(plan.availability).toMatchObject({ offered: true, notices: [{ reason: "missing_currencies", currencies: ["EUR", "JPY"] }] });
    await upsertCurrency(ctx, { code: "USD", active: false });
    expect(await availabilityOf(plan.id)).toEqual({ offered: false, currencies: [], notices: [{ reason: "no_price" }] });
  });

  it("missing currencies name the customers who can't buy it; adding the prices clears the notice", async () => {
    const category = await createCategory(ctx, { slug: "plans", name: "Plans" });
    const plan = await createPlan(ctx, {
      slug: "team",
      name: "Team",
      interval: "month",
      categoryId: category.id,
      prices: [{ currency: "EUR", unitAmount: 900 }],
    });
    expect(plan.availability).toEqual({ offered: true, currencies: ["EUR"], notices: [{ reason: "missing_currencies", currencies: ["JPY", "USD"] }] });
    expect((await listPublicCatalogue(t.db, tenantId, "USD")).groups).toEqual([]);

    await setPrices(ctx, { owner: { planId: plan.id }, prices: everywhere });
    expect(await availabilityOf(plan.id)).toEqual({ offered: true, currencies: ["EUR", "JPY", "USD"], notices: [] });
  });

  it("a recurring plan without a category is listed under Other plans but is no plan-change target; a one-time plan loses nothing", async () => {
    const monthly = await createPlan(ctx, { slug: "monthly", name: "Monthly", interval: "month", prices: everywhere });
    expect(monthly.availability).toEqual({ offered: true, currencies: ["EUR", "JPY", "USD"], notices: [{ reason: "no_category" }] });
    expect((await listPublicCatalogue(t.db, tenantId, "EUR")).groups.map((group) => [group.category, group.plans.map((plan) => plan.slug)])).toEqual([
      [null, ["monthly"]],
    ]);
    const lifetime = await createPlan(ctx, { slug: "lifetime", name: "Lifetime", interval: "one_time", prices: everywhere });
    expect(lifetime.availability.notices).toEqual([]);
  });

  it("archived: not offered, whatever its prices; the list carries the same reasons as the detail", async () => {
    const category = await createCategory(ctx, { slug: "plans", name: "Plans" });
    const plan = await createPlan(ctx, { slug: "legacy", name: "Legacy", interval: "year", categoryId: category.id, prices: everywhere });
    await archivePlan(ctx, { id: plan.id });
    expect(await availabilityOf(plan.id)).toEqual({ offered: false, currencies: ["EUR", "JPY", "USD"], notices: [{ reason: "archived" }] });
    expect((await listAdminPlans(t.db, tenantId)).map((row) => [row.slug, row.availability])).toEqual([["legacy", await availabilityOf(plan.id)]]);
  });
});

describe("the category a new plan is suggested", () => {
  it("none without categories; else the single-plan category holding the most active plans", async () => {
    expect(await suggestPlanCategory(t.db, tenantId)).toBeNull();
    const extras = await createCategory(ctx, { slug: "extras", name: "Extras", position: 0 });
    expect(await suggestPlanCategory(t.db, tenantId)).toEqual({ id: extras.id });

    const small = await createCategory(ctx, { slug: "teams", name: "Teams", isSingle: true, position: 1 });
    const main = await createCategory(ctx, { slug: "plans", name: "Plans", isSingle: true, position: 2 });
    for (const slug of ["a", "b", "c"])
      await createPlan(ctx, { slug: `extra-${slug}`, name: slug, interval: "month", categoryId: extras.id, prices: everywhere });
    expect(await suggestPlanCategory(t.db, tenantId)).toEqual({ id: small.id }); // single-plan categories first; a tie goes to display order
    for (const slug of ["starter", "pro"]) await createPlan(ctx, { slug, name: slug, interval: "month", categoryId: main.id, prices: everywhere });
    expect(await suggestPlanCategory(t.db, tenantId)).toEqual({ id: main.id });
  });
});
