import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { archiveBundle, createAddOn, createBundle, createCategory, createPlan, loadCatalogueSnapshot, upsertCurrency } from "../../../src/billing/catalogue";
import type { Cart, CartItem } from "../../../src/billing/checkout/line-items";
import type { BillingContext } from "../../../src/billing/context";
import { contextOf, createCustomer, createSubscription, seedBasics, seedPlan, tenantId } from "./fixtures";

let t: TestDb;
let ctx: BillingContext;
let userId: string;
let ids: Record<string, string>;

beforeEach(async () => {
  t = await createTestDb();
  ctx = contextOf(t.db);
  await seedBasics(ctx);
  userId = (await createCustomer(t.db)).id;
  const starter = await seedPlan(ctx, "starter");
  const pro = await seedPlan(ctx, "pro", { prices: [{ currency: "EUR", unitAmount: 2900 }], tokenRollover: true });
  const extras = await createCategory(ctx, { slug: "extras", name: "Extras" });
  const audit = await createPlan(ctx, {
    slug: "audit",
    name: "Audit",
    interval: "one_time",
    categoryId: extras.id,
    prices: [{ currency: "EUR", unitAmount: 49_900 }],
  });
  const support = await createAddOn(ctx, {
    slug: "priority-support",
    name: "Priority support",
    planIds: [pro.id],
    prices: [{ currency: "EUR", unitAmount: 1900 }],
  });
  const onboarding = await createAddOn(ctx, { slug: "onboarding", name: "Onboarding call", recurring: false, prices: [{ currency: "EUR", unitAmount: 9900 }] });
  const bundle = await createBundle(ctx, { slug: "tokens-1k", name: "1,000 tokens", tokens: 1000, prices: [{ currency: "EUR", unitAmount: 500 }] });
  ids = { starter: starter.id, pro: pro.id, audit: audit.id, support: support.id, onboarding: onboarding.id, bundle: bundle.id, plans: starter.category!.id };
});
afterEach(async () => {
  await t.close();
});

const cart = (items: CartItem[], currency = "EUR"): Cart => ({ tenantId, userId, currency, items });
const missing = "7d1f2f4e-1111-4a4a-8a8a-000000000000";

describe("loadCatalogueSnapshot", () => {
  it("loads plans, add-ons and bundles with their price in the cart currency", async () => {
    const snapshot = await loadCatalogueSnapshot(
      t.db,
      tenantId,
      cart([
        { kind: "plan", planId: ids.pro! },
        { kind: "add_on", addOnId: ids.support! },
        { kind: "add_on", addOnId: ids.onboarding! },
        { kind: "token_bundle", bundleId: ids.bundle!, quantity: 2 },
      ]),
    );
    expect(snapshot.currencyExponent).toBe(2);
    expect(snapshot.plans[ids.pro!]).toEqual({
      id: ids.pro,
      name: "Pro",
      interval: "month",
      intervalCount: 1,
      trialDays: 14,
      tokenGrant: 1000,
      singleCategoryId: ids.plans,
      price: { id: expect.any(String), currency: "EUR", unitAmount: 2900 },
    });
    expect(snapshot.addOns[ids.support!]).toMatchObject({ recurring: true, planIds: [ids.pro], price: { unitAmount: 1900 } });
    expect(snapshot.addOns[ids.onboarding!]).toMatchObject({ recurring: false, planIds: [], price: { unitAmount: 9900 } });
    expect(snapshot.bundles[ids.bundle!]).toMatchObject({ tokens: 1000, price: { unitAmount: 500 } });

    const yen = await loadCatalogueSnapshot(t.db, tenantId, cart([{ kind: "plan", planId: ids.starter! }], "JPY"));
    expect(yen.currencyExponent).toBe(0);
    expect(yen.plans[ids.starter!]!.price!.unitAmount).toBe(1500);
  });

  it.each<[string, () => Cart, RegExp]>([
    ["unknown currency", () => cart([{ kind: "plan", planId: ids.starter! }], "XYZ"), /field: currency/],
    ["currency not enabled", () => cart([{ kind: "plan", planId: ids.starter! }], "GBP"), /GBP is not an enabled currency \(field: currency\)/],
    ["empty cart", () => cart([]), /field: items\)/],
    [
      "unknown plan",
      () =>
        cart([
          { kind: "plan", planId: ids.starter! },
          { kind: "plan", planId: missing },
        ]),
      /field: items\[1\]\.planId/,
    ],
    ["no price in the currency", () => cart([{ kind: "plan", planId: ids.pro! }], "JPY"), /Not sold in JPY \(field: items\[0\]\.planId\)/],
    [
      "two plans of a single category",
      () =>
        cart([
          { kind: "plan", planId: ids.starter! },
          { kind: "plan", planId: ids.pro! },
        ]),
      /field: items\[1\]\.planId/,
    ],
    ["bad quantity", () => cart([{ kind: "plan", planId: ids.starter!, quantity: 0 }]), /field: items\[0\]\.quantity/],
    [
      "restricted add-on with another plan",
      () =>
        cart([
          { kind: "plan", planId: ids.starter! },
          { kind: "add_on", addOnId: ids.support! },
        ]),
      /only available with specific plans \(field: items\[1\]\.addOnId\)/,
    ],
    ["recurring add-on without a plan", () => cart([{ kind: "add_on", addOnId: ids.support! }]), /billed with a subscription.*\(field: items\[0\]\)/],
    [
      "recurring add-on with a one-time plan",
      () =>
        cart([
          { kind: "plan", planId: ids.audit! },
          { kind: "add_on", addOnId: ids.support! },
        ]),
      /field: items\[1\]\)/,
    ],
    ["unknown add-on", () => cart([{ kind: "add_on", addOnId: "nope" }]), /field: items\[0\]\.addOnId/],
    ["unknown bundle", () => cart([{ kind: "token_bundle", bundleId: missing }]), /field: items\[0\]\.bundleId/],
    ["someone else's subscription", () => cart([{ kind: "add_on", addOnId: ids.onboarding!, subscriptionId: missing }]), /field: items\[0\]\.subscriptionId/],
    ["another tenant's cart", () => ({ ...cart([{ kind: "plan", planId: ids.starter! }]), tenantId: "other" }), /field: tenantId/],
  ])("refuses %s, naming the field", async (_label, build, message) => {
    await expect(loadCatalogueSnapshot(t.db, tenantId, build())).rejects.toThrow(message);
  });

  it("attaches add-ons to the customer's own live subscription", async () => {
    const proSubscription = await createSubscription(t.db, userId, ids.pro!);
    const snapshot = await loadCatalogueSnapshot(t.db, tenantId, cart([{ kind: "add_on", addOnId: ids.support!, subscriptionId: proSubscription.id }]));
    expect(Object.keys(snapshot.addOns)).toEqual([ids.support]);

    const other = await createCustomer(t.db, "other@example.test");
    const theirs = await createSubscription(t.db, other.id, ids.pro!);
    await expect(loadCatalogueSnapshot(t.db, tenantId, cart([{ kind: "add_on", addOnId: ids.support!, subscriptionId: theirs.id }]))).rejects.toMatchObject({
      status: "NOT_FOUND",
    });
    const starterSubscription = await createSubscription(t.db, userId, ids.starter!, "canceled");
    await expect(
      loadCatalogueSnapshot(t.db, tenantId, cart([{ kind: "add_on", addOnId: ids.support!, subscriptionId: starterSubscription.id }])),
    ).rejects.toThrow(/field: items\[0\]\.subscriptionId/);
  });

  it("refuses archived bundles and items whose currency was disabled", async () => {
    await archiveBundle(ctx, { id: ids.bundle! });
    await expect(loadCatalogueSnapshot(t.db, tenantId, cart([{ kind: "token_bundle", bundleId: ids.bundle! }]))).rejects.toMatchObject({
      code: "BUNDLE_ARCHIVED",
    });
    await upsertCurrency(ctx, { code: "JPY", active: false });
    await expect(loadCatalogueSnapshot(t.db, tenantId, cart([{ kind: "plan", planId: ids.starter! }], "JPY"))).rejects.toMatchObject({
      code: "CURRENCY_NOT_ENABLED",
    });
  });

  it("puts subcategories of a single category under its rule", async () => {
    const business = await createCategory(ctx, { slug: "business", name: "Business", parentId: ids.plans });
    const team = await createPlan(ctx, { slug: "team", name: "Team", interval: "year", categoryId: business.id, prices: [{ currency: "EUR", unitAmount: 1 }] });
    const snapshot = await loadCatalogueSnapshot(t.db, tenantId, cart([{ kind: "plan", planId: team.id }]));
    expect(snapshot.plans[team.id]!.singleCategoryId).toBe(ids.plans);
    const audit = await loadCatalogueSnapshot(t.db, tenantId, cart([{ kind: "plan", planId: ids.audit! }]));
    expect(audit.plans[ids.audit!]!.singleCategoryId).toBeNull();
    await expect(
      loadCatalogueSnapshot(
        t.db,
        tenantId,
        cart([
          { kind: "plan", planId: ids.starter! },
          { kind: "plan", planId: team.id },
        ]),
      ),
    ).rejects.toMatchObject({ code: "CART_SINGLE_CATEGORY" });
  });
});
