import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { createCategory, createPlan, listPublicCatalogue, upsertCurrency } from "../../../src/billing/catalogue";
import type { BillingContext } from "../../../src/billing/context";
import { contextOf, seedBasics, seedPlan, tenantId } from "./fixtures";

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

describe("the portal's catalogue", () => {
  it("groups active plans priced in the currency by category, uncategorised last", async () => {
    const starter = await seedPlan(ctx, "starter");
    await seedPlan(ctx, "pro", { prices: [{ currency: "EUR", unitAmount: 2900 }], position: 1 });
    const extras = await createCategory(ctx, { slug: "extras", name: "Extras", position: 5 });
    await createPlan(ctx, { slug: "audit", name: "Audit", interval: "one_time", categoryId: extras.id, prices: [{ currency: "EUR", unitAmount: 49_900 }] });
    await createPlan(ctx, {
      slug: "loose",
      name: "Loose",
      interval: "week",
      prices: [
        { currency: "EUR", unitAmount: 100 },
        { currency: "JPY", unitAmount: 150 },
      ],
    });

    const eur = await listPublicCatalogue(t.db, tenantId, "EUR");
    expect(eur.groups.map((group) => [group.category?.slug ?? null, group.plans.map((plan) => [plan.slug, plan.price.unitAmount])])).toEqual([
      [
        "plans",
        [
          ["starter", 900],
          ["pro", 2900],
        ],
      ],
      ["extras", [["audit", 49_900]]],
      [null, [["loose", 100]]],
    ]);
    expect(eur.groups[0]!.category).toMatchObject({ isSingle: true });
    expect(eur.currencies.map((currency) => currency.code)).toEqual(["EUR", "JPY", "USD"]);

    // In JPY only what has a JPY price, and amounts in yen (exponent 0).
    const jpy = await listPublicCatalogue(t.db, tenantId, "JPY");
    expect(jpy.exponent).toBe(0);
    expect(jpy.groups.flatMap((group) => group.plans.map((plan) => [plan.id, plan.price]))).toEqual([
      [starter.id, { currency: "JPY", unitAmount: 1500 }],
      [expect.any(String), { currency: "JPY", unitAmount: 150 }],
    ]);
  });

  it("defaults to the settings' currency and refuses disabled ones, naming the field", async () => {
    await seedPlan(ctx);
    expect((await listPublicCatalogue(t.db, tenantId)).currency).toBe("EUR");
    await upsertCurrency(ctx, { code: "USD", active: false });
    await expect(listPublicCatalogue(t.db, tenantId, "USD")).rejects.toThrow(/field: currency/);
    await expect(listPublicCatalogue(t.db, tenantId, "GBP")).rejects.toMatchObject({ code: "CURRENCY_NOT_ENABLED" });
  });
});
