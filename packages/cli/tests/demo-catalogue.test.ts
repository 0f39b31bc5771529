import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getBillingSettings, listPublicCatalogue, loadCatalogueSnapshot, loadTaxContext, taxHandler } from "@tillbox/core";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { seedDemoCatalogue } from "../src/demo-catalogue";

const tenantId = "default";
let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
});

async function everything() {
  const where = { where: { tenantId } };
  return JSON.stringify(
    await Promise.all([
      t.db.currency.findMany(where),
      t.db.country.findMany(where),
      t.db.taxRate.findMany(where),
      t.db.billingSettings.findMany(where),
      t.db.planCategory.findMany(where),
      t.db.plan.findMany(where),
      t.db.addOn.findMany(where),
      t.db.addOnPlan.findMany(where),
      t.db.tokenBundle.findMany(where),
      t.db.price.findMany({ ...where, orderBy: { id: "asc" } }),
    ]),
  );
}

describe("demo catalogue seed", () => {
  it("creates the documented catalogue once; a second run changes nothing", async () => {
    const created = await seedDemoCatalogue(t.db, tenantId);
    expect(created).toContain("plan:pro-yearly");
    expect(created).toContain("billing-settings");
    const before = await everything();
    expect(await seedDemoCatalogue(t.db, tenantId)).toEqual([]);
    expect(await everything()).toBe(before);

    const eur = await listPublicCatalogue(t.db, tenantId, "EUR");
    expect(
      eur.groups.map((group) => [
        group.category?.name,
        group.category?.isSingle,
        group.plans.map((plan) => [plan.name, plan.interval, plan.price.unitAmount, plan.trialDays, plan.tokenGrant, plan.tokenRollover]),
      ]),
    ).toEqual([
      [
        "Plans",
        true,
        [
          ["Starter", "month", 900, 14, 1000, false],
          ["Pro", "month", 2900, 0, 5000, true],
          ["Pro yearly", "year", 29_000, 0, 60_000, true],
        ],
      ],
    ]);
    expect(eur.bundles.map((bundle) => [bundle.tokens, bundle.price.unitAmount])).toEqual([
      [1000, 500],
      [10_000, 4000],
    ]);
    const jpy = await listPublicCatalogue(t.db, tenantId, "JPY");
    expect(jpy.groups[0]!.plans.map((plan) => plan.price.unitAmount)).toEqual([1500, 4800, 48_000]);
    expect((await listPublicCatalogue(t.db, tenantId, "USD")).groups[0]!.plans.map((plan) => plan.price.unitAmount)).toEqual([1000, 3200, 32_000]);
    expect((await getBillingSettings(t.db, tenantId)).legalName).toBe("Tillbox Demo GmbH");
  });

  it("is sellable: Pro with priority support checks out, taxed as the seller's country (19 %)", async () => {
    const eur = await listPublicCatalogue(t.db, tenantId, "EUR");
    const pro = eur.groups[0]!.plans.find((plan) => plan.slug === "pro")!;
    const support = eur.addOns.find((addOn) => addOn.slug === "priority-support")!;
    expect(support.planIds).toEqual([pro.id]);
    const user = await t.db.user.create({ data: { tenantId, email: "buyer@example.test", country: "DE" } });
    const snapshot = await loadCatalogueSnapshot(t.db, tenantId, {
      tenantId,
      userId: user.id,
      currency: "EUR",
      items: [
        { kind: "plan", planId: pro.id },
        { kind: "add_on", addOnId: support.id },
      ],
    });
    expect(Object.keys(snapshot.addOns)).toEqual([support.id]);
    const customer = { name: null, company: null, email: null, address: {}, country: "DE", vatId: null };
    const { seller, taxRates } = await loadTaxContext(t.db, tenantId, customer);
    expect(taxRates.map((rate) => [rate.country, rate.millipercent, rate.inclusive])).toEqual([["DE", 19_000, false]]);
    const line = { kind: "plan", source: "core.price", description: "Pro", quantity: 1, unitAmount: 2900, amount: 2900, taxable: true, tax: null, refs: {} };
    const state = taxHandler.apply({
      cart: { tenantId, userId: user.id, currency: "EUR", items: [] },
      now: new Date(),
      catalogue: snapshot,
      customer,
      seller,
      taxRates,
      lines: [line],
      reverseCharge: false,
      notes: [],
    });
    expect(state.lines[0]!.tax!.amount).toBe(551);
  });

  it("seeds nothing in production", async () => {
    const fresh = await createTestDb();
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    try {
      expect(await seedDemoCatalogue(fresh.db, tenantId)).toEqual([]);
      expect(await fresh.db.plan.count()).toBe(0);
    } finally {
      process.env.NODE_ENV = previous;
      await fresh.close();
    }
  });
});
