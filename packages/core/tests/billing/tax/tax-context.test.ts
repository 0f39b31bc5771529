import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { createTaxRate, upsertCountry } from "../../../src/billing/catalogue";
import { updateBillingSettings } from "../../../src/billing/settings";
import { loadTaxContext, taxHandler } from "../../../src/billing/tax";
import { contextOf, tenantId } from "../catalogue/fixtures";
import { line, party, stateWith } from "./tax-state";

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
  const ctx = contextOf(t.db);
  for (const code of ["DE", "FR", "GB", "US"]) await upsertCountry(ctx, { code });
  await createTaxRate(ctx, { country: "DE", name: "USt 19 %", rateMillipercent: 19_000 });
  await createTaxRate(ctx, { country: "FR", name: "TVA 20 %", rateMillipercent: 20_000 });
  await createTaxRate(ctx, { country: "FR", name: "TVA old", rateMillipercent: 19_600, active: false });
  await createTaxRate(ctx, { country: "GB", name: "VAT 20 %", rateMillipercent: 20_000, inclusive: true });
  await updateBillingSettings(ctx, { legalName: "Tillbox Demo GmbH", vatId: "DE123456789", country: "DE", email: "billing@tillbox.dev" });
});
afterEach(async () => {
  await t.close();
});

describe("loadTaxContext", () => {
  it("loads the seller from the settings and the tax country's active rates", async () => {
    const fr = await loadTaxContext(t.db, tenantId, party("FR"));
    expect(fr.seller).toMatchObject({ name: "Tillbox Demo GmbH", country: "DE", vatId: "DE123456789", email: "billing@tillbox.dev" });
    expect(fr.taxRates).toEqual([{ id: expect.any(String), name: "TVA 20 %", country: "FR", millipercent: 20_000, inclusive: false }]);
    expect((await loadTaxContext(t.db, tenantId, party(null))).taxRates.map((rate) => rate.country)).toEqual(["DE"]);
    expect((await loadTaxContext(t.db, tenantId, party("US"))).taxRates).toEqual([]);
  });

  it("feeds the tax step end to end: domestic, OSS, reverse charge, inclusive non-EU, untaxed", async () => {
    const taxOf = async (customerCountry: string, vatId: string | null, amount: number) => {
      const customer = party(customerCountry, vatId);
      const { seller, taxRates } = await loadTaxContext(t.db, tenantId, customer);
      const result = taxHandler.apply(stateWith([line(amount)], seller, customer, taxRates));
      return { tax: result.lines[0]!.tax?.amount ?? null, reverseCharge: result.reverseCharge };
    };
    expect(await taxOf("DE", null, 2900)).toEqual({ tax: 551, reverseCharge: false });
    expect(await taxOf("FR", null, 2900)).toEqual({ tax: 580, reverseCharge: false });
    expect(await taxOf("FR", "FRXX123456789", 2900)).toEqual({ tax: null, reverseCharge: true });
    expect(await taxOf("GB", null, 2900)).toEqual({ tax: 483, reverseCharge: false }); // 2900 − round(2900 / 1.2 = 2416.67)
    expect(await taxOf("US", null, 2900)).toEqual({ tax: null, reverseCharge: false });
  });
});
