import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@tillbox/db/testing";
import { upsertCurrency } from "../../../src/billing/catalogue";
import type { BillingContext } from "../../../src/billing/context";
import { defaultBillingSettings, getBillingSettings, updateBillingSettings } from "../../../src/billing/settings";
import { contextOf, tenantId } from "../catalogue/fixtures";

let t: TestDb;
let ctx: BillingContext;
beforeEach(async () => {
  t = await createTestDb();
  ctx = contextOf(t.db);
});
afterEach(async () => {
  await t.close();
});

describe("billing settings", () => {
  it("reads the defaults without writing, then saves a patch and keeps the rest", async () => {
    expect(await getBillingSettings(t.db, tenantId)).toEqual(defaultBillingSettings);
    expect(await t.db.billingSettings.count()).toBe(0);
    const saved = await updateBillingSettings(ctx, {
      legalName: "Tillbox Demo GmbH",
      vatId: "de 123 456 789",
      address: { line1: "Hauptstr. 1", city: "Berlin", postalCode: "10115", country: "DE" },
      invoiceNumberFormat: "TB-{YY}{MM}-{SEQ:5}",
      dunningRetryDays: [2, 4, 8],
      dunningFinalStatus: "unpaid",
    });
    expect(saved).toMatchObject({
      legalName: "Tillbox Demo GmbH",
      vatId: "DE123456789",
      country: "DE",
      invoiceNumberFormat: "TB-{YY}{MM}-{SEQ:5}",
      dunningRetryDays: [2, 4, 8],
      dunningFinalStatus: "unpaid",
      invoiceDueDays: 14,
    });
    const again = await updateBillingSettings(ctx, { invoiceDueDays: 30 });
    expect(again).toMatchObject({ legalName: "Tillbox Demo GmbH", invoiceDueDays: 30, dunningRetryDays: [2, 4, 8] });
    const entries = await t.db.auditLog.findMany({ where: { action: "billing-settings.update" }, orderBy: { createdAt: "asc" } });
    expect(entries.map((entry) => entry.data)).toEqual([
      { fields: ["address", "dunningFinalStatus", "dunningRetryDays", "invoiceNumberFormat", "legalName", "vatId"] },
      { fields: ["invoiceDueDays"] },
    ]);
  });

  it.each<[Record<string, unknown>, RegExp]>([
    [{ invoiceNumberFormat: "INV-{YYYY}" }, /must contain \{SEQ\}.*field: invoiceNumberFormat/],
    [{ invoiceNumberFormat: "INV-{SEQ}-{SEQ}" }, /field: invoiceNumberFormat/],
    [{ invoiceNumberFormat: "INV-{DD}-{SEQ}" }, /only \{YYYY\}.*field: invoiceNumberFormat/],
    [{ creditNoteNumberFormat: "CN-{SEQ:13}" }, /field: creditNoteNumberFormat/],
    [{ dunningRetryDays: [3, 1, 5] }, /strictly ascending.*field: dunningRetryDays/],
    [{ dunningRetryDays: [1, 1] }, /field: dunningRetryDays/],
    [{ dunningRetryDays: [0, 2] }, /field: dunningRetryDays\[0\]/],
    [{ dunningRetryDays: [1, 2.5] }, /field: dunningRetryDays\[1\]/],
    [{ dunningRetryDays: [] }, /field: dunningRetryDays/],
    [{ dunningFinalStatus: "paused" }, /field: dunningFinalStatus/],
    [{ trialReminderDays: -1 }, /field: trialReminderDays/],
    [{ invoiceDueDays: 1.5 }, /field: invoiceDueDays/],
    [{ intervalChange: "at_renewal" }, /field: intervalChange/],
    [{ country: "XX" }, /field: country/],
    [{ email: "not-an-email" }, /field: email/],
    [{ receiptCopyTo: "books@example.test, boss@example.test" }, /field: receiptCopyTo/],
    [{ vatId: "DE12" }, /VAT id of DE's format \(field: vatId\)/],
    [{ defaultCurrency: "USD" }, /USD is not an enabled currency \(field: defaultCurrency\)/],
    [{ unknownField: 1 }, /field: \(input\)|unknownField/],
  ])("refuses %j, naming the field", async (patch, message) => {
    await expect(updateBillingSettings(ctx, patch)).rejects.toThrow(message);
    expect(await t.db.billingSettings.count()).toBe(0);
    expect(await t.db.auditLog.count()).toBe(0);
  });

  it("accepts an enabled default currency and a non-EU seller's own tax number", async () => {
    await upsertCurrency(ctx, { code: "USD" });
    expect(await updateBillingSettings(ctx, { defaultCurrency: "USD", country: "US", vatId: "12-3456789" })).toMatchObject({
      defaultCurrency: "USD",
      vatId: "12-3456789".toUpperCase().replace(/[\s.-]/g, ""),
    });
  });
});
