import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import {
  createCategory,
  createPlan,
  createTaxRate,
  deleteCategory,
  listCountries,
  listCurrencies,
  listTaxRates,
  updateCategory,
  updateTaxRate,
  upsertCountry,
  upsertCurrency,
} from "../../../src/billing/catalogue";
import { updateBillingSettings } from "../../../src/billing/settings";
import type { BillingContext } from "../../../src/billing/context";
import { auditActions, contextOf, tenantId } from "./fixtures";

let t: TestDb;
let ctx: BillingContext;
beforeEach(async () => {
  t = await createTestDb();
  ctx = contextOf(t.db);
});
afterEach(async () => {
  await t.close();
});

describe("currencies and countries", () => {
  it("takes the exponent from ISO 4217, never from the operator, and audits each change", async () => {
    await upsertCurrency(ctx, { code: "eur" });
    await upsertCurrency(ctx, { code: "JPY", name: "Yen" });
    await upsertCurrency(ctx, { code: "KWD", exponent: 2 });
    expect((await listCurrencies(t.db, tenantId)).map(({ code, name, exponent }) => [code, name, exponent])).toEqual([
      ["EUR", "Euro", 2],
      ["JPY", "Yen", 0],
      ["KWD", "Kuwaiti Dinar", 3],
    ]);
    await upsertCurrency(ctx, { code: "KWD", active: false });
    expect((await listCurrencies(t.db, tenantId, { activeOnly: true })).map((row) => row.code)).toEqual(["EUR", "JPY"]);
    expect(await auditActions(t.db, "KWD")).toEqual(["currency.upsert", "currency.upsert"]);
    await expect(upsertCurrency(ctx, { code: "XYZ" })).rejects.toThrow(/field: code/);
  });

  it("won't disable the default currency of the billing settings", async () => {
    await upsertCurrency(ctx, { code: "EUR" });
    await expect(upsertCurrency(ctx, { code: "EUR", active: false })).rejects.toMatchObject({ code: "CURRENCY_IS_DEFAULT" });
    await upsertCurrency(ctx, { code: "USD" });
    await updateBillingSettings(ctx, { defaultCurrency: "USD" });
    expect((await upsertCurrency(ctx, { code: "EUR", active: false })).active).toBe(false);
  });

  it("derives EU membership from the country code", async () => {
    for (const code of ["FR", "us", "GR", "GB"]) await upsertCountry(ctx, { code });
    expect((await listCountries(t.db, tenantId)).map(({ code, euMember, name }) => [code, euMember, name])).toEqual([
      ["FR", true, "France"],
      ["GB", false, "United Kingdom"],
      ["GR", true, "Greece"],
      ["US", false, "United States"],
    ]);
    await expect(upsertCountry(ctx, { code: "XX" })).rejects.toThrow(/field: code/);
  });
});

describe("tax rates", () => {
  it("needs a configured country and allows one active rate per country", async () => {
    await expect(createTaxRate(ctx, { country: "DE", name: "USt", rateMillipercent: 19_000 })).rejects.toThrow(/field: country/);
    await upsertCountry(ctx, { code: "DE" });
    const standard = await createTaxRate(ctx, { country: "DE", name: "USt", rateMillipercent: 19_000 });
    expect(standard).toMatchObject({ rateMillipercent: 19_000, inclusive: false, active: true });
    await expect(createTaxRate(ctx, { country: "DE", name: "Other", rateMillipercent: 7_000 })).rejects.toThrow(/field: active/);
    const reduced = await createTaxRate(ctx, { country: "DE", name: "Reduced", rateMillipercent: 7_000, active: false });
    await expect(updateTaxRate(ctx, { id: reduced.id, active: true })).rejects.toMatchObject({ code: "TAX_RATE_ACTIVE_EXISTS" });
    await updateTaxRate(ctx, { id: standard.id, active: false });
    await updateTaxRate(ctx, { id: reduced.id, active: true, inclusive: true });
    expect((await listTaxRates(t.db, tenantId, { country: "DE" })).map(({ name, active, inclusive }) => [name, active, inclusive])).toEqual([
      ["USt", false, false],
      ["Reduced", true, true],
    ]);
    expect(await auditActions(t.db, standard.id)).toEqual(["tax-rate.create", "tax-rate.update"]);
  });

  it("names the field of an out-of-range rate", async () => {
    await upsertCountry(ctx, { code: "DE" });
    await expect(createTaxRate(ctx, { country: "DE", name: "x", rateMillipercent: 100_001 })).rejects.toThrow(/field: rateMillipercent/);
    await expect(createTaxRate(ctx, { country: "DE", name: "x", rateMillipercent: 19.5 })).rejects.toThrow(/field: rateMillipercent/);
    await expect(updateTaxRate(ctx, { id: "7d1f2f4e-1111-4a4a-8a8a-000000000000", name: "x" })).rejects.toMatchObject({ status: "NOT_FOUND" });
  });
});

describe("plan categories", () => {
  it("forms a tree without cycles", async () => {
    const root = await createCategory(ctx, { slug: "plans", name: "Plans", isSingle: true });
    const child = await createCategory(ctx, { slug: "business", name: "Business", parentId: root.id });
    const grandchild = await createCategory(ctx, { slug: "enterprise", name: "Enterprise", parentId: child.id });
    await expect(updateCategory(ctx, { id: root.id, parentId: grandchild.id })).rejects.toMatchObject({
      code: "CATEGORY_CYCLE",
      message: expect.stringContaining("field: parentId"),
    });
    await expect(updateCategory(ctx, { id: root.id, parentId: root.id })).rejects.toMatchObject({ code: "CATEGORY_CYCLE" });
    await expect(createCategory(ctx, { slug: "x", name: "X", parentId: "7d1f2f4e-1111-4a4a-8a8a-000000000000" })).rejects.toThrow(/field: parentId/);
    await expect(createCategory(ctx, { slug: "plans", name: "Again" })).rejects.toMatchObject({ code: "CATEGORY_SLUG_TAKEN" });
    const moved = await updateCategory(ctx, { id: grandchild.id, parentId: root.id });
    expect(moved.parentId).toBe(root.id);
  });

  it("deletes only empty categories", async () => {
    await upsertCurrency(ctx, { code: "EUR" });
    const root = await createCategory(ctx, { slug: "plans", name: "Plans" });
    const child = await createCategory(ctx, { slug: "child", name: "Child", parentId: root.id });
    await createPlan(ctx, { slug: "p", name: "P", interval: "month", categoryId: child.id });
    await expect(deleteCategory(ctx, { id: root.id })).rejects.toMatchObject({ code: "CATEGORY_NOT_EMPTY" });
    await expect(deleteCategory(ctx, { id: child.id })).rejects.toMatchObject({ code: "CATEGORY_NOT_EMPTY" });
    const empty = await createCategory(ctx, { slug: "empty", name: "Empty" });
    await deleteCategory(ctx, { id: empty.id });
    expect(await auditActions(t.db, empty.id)).toEqual(["plan-category.create", "plan-category.delete"]);
  });
});
