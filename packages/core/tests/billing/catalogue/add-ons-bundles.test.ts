import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import {
  archiveBundle,
  createAddOn,
  createBundle,
  listAdminAddOns,
  listAdminBundles,
  listPublicCatalogue,
  updateAddOn,
  updateBundle,
} from "../../../src/billing/catalogue";
import type { BillingContext } from "../../../src/billing/context";
import { auditActions, contextOf, seedBasics, seedPlan, tenantId } from "./fixtures";

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

describe("add-ons", () => {
  it("are global or restricted to existing plans of the tenant", async () => {
    const pro = await seedPlan(ctx, "pro");
    const support = await createAddOn(ctx, {
      slug: "priority-support",
      name: "Priority support",
      planIds: [pro.id],
      prices: [{ currency: "EUR", unitAmount: 1900 }],
    });
    const onboarding = await createAddOn(ctx, {
      slug: "onboarding",
      name: "Onboarding call",
      recurring: false,
      prices: [{ currency: "EUR", unitAmount: 9900 }],
    });
    expect(support).toMatchObject({ recurring: true, planIds: [pro.id] });
    expect(onboarding).toMatchObject({ recurring: false, planIds: [] });
    await expect(createAddOn(ctx, { slug: "x", name: "X", planIds: [pro.id, "7d1f2f4e-1111-4a4a-8a8a-000000000000"] })).rejects.toThrow(/field: planIds\[1\]/);
    await expect(createAddOn(ctx, { slug: "onboarding", name: "Dup" })).rejects.toMatchObject({ code: "ADD_ON_SLUG_TAKEN" });

    const global = await updateAddOn(ctx, { id: support.id, planIds: [] });
    expect(global.planIds).toEqual([]);
    expect((await listAdminAddOns(t.db, tenantId)).map((row) => row.slug)).toEqual(["onboarding", "priority-support"]);
    expect(await auditActions(t.db, support.id)).toEqual(["add-on.create", "add-on.update"]);
  });
});

describe("token bundles", () => {
  it("need a positive token count; archived ones stay listed for admins only", async () => {
    await expect(createBundle(ctx, { slug: "none", name: "None", tokens: 0 })).rejects.toThrow(/field: tokens/);
    const small = await createBundle(ctx, { slug: "tokens-1k", name: "1,000 tokens", tokens: 1000, prices: [{ currency: "EUR", unitAmount: 500 }] });
    const large = await createBundle(ctx, { slug: "tokens-10k", name: "10,000 tokens", tokens: 10_000, prices: [{ currency: "EUR", unitAmount: 4000 }] });
    expect((await listPublicCatalogue(t.db, tenantId, "EUR")).bundles.map((row) => [row.tokens, row.price.unitAmount])).toEqual([
      [1000, 500],
      [10_000, 4000],
    ]);
    await archiveBundle(ctx, { id: large.id });
    await updateBundle(ctx, { id: small.id, name: "1k tokens" });
    expect((await listPublicCatalogue(t.db, tenantId, "EUR")).bundles.map((row) => row.name)).toEqual(["1k tokens"]);
    expect((await listAdminBundles(t.db, tenantId)).map((row) => [row.slug, row.status])).toEqual([
      ["tokens-1k", "active"],
      ["tokens-10k", "archived"],
    ]);
    expect(await auditActions(t.db, large.id)).toEqual(["token-bundle.create", "token-bundle.archive"]);
  });
});
