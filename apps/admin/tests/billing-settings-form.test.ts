import { describe, expect, it } from "vitest";
import { billingSettingsFormSchema, formValuesOf, patchFromValues } from "../src/components/settings/billing-settings-fields";

const blank = formValuesOf({});

describe("the billing settings form's patch", () => {
  it("nests the address, drops blank lines, nulls blank optional fields and upper-cases codes", () => {
    const patch = patchFromValues({
      ...blank,
      legalName: " Acme GmbH ",
      email: "",
      vatId: "",
      country: "de",
      address: { city: "Berlin", line2: " ", country: "de" },
      receiptCopyTo: "",
    });
    expect(patch).toMatchObject({
      legalName: "Acme GmbH",
      email: null,
      vatId: null,
      country: "DE",
      receiptCopyTo: null,
      address: { city: "Berlin", country: "DE" },
    });
    expect(patch.address).not.toHaveProperty("line2");
  });

  it("sends numbers as numbers and leaves anything else for the schema to name", () => {
    const patch = patchFromValues({ ...blank, invoiceDueDays: "14", trialReminderDays: "three", dunningRetryDays: "1, 3;5 7" });
    expect(patch).toMatchObject({ invoiceDueDays: 14, trialReminderDays: "three", dunningRetryDays: [1, 3, 5, 7] });
  });

  it("shows stored settings as text, the address nested", () => {
    expect(formValuesOf({ dunningRetryDays: [1, 3], email: null, address: { city: "Berlin" } })).toMatchObject({
      dunningRetryDays: "1, 3",
      email: "",
      address: { city: "Berlin", line1: "" },
    });
  });

  it("validates with the API's patch schema, the issues at the form's own field paths", () => {
    const result = billingSettingsFormSchema.safeParse({
      ...formValuesOf({
        country: "DE",
        invoiceNumberFormat: "INV-{SEQ}",
        creditNoteNumberFormat: "CN-{SEQ}",
        dunningRetryDays: [1],
        defaultCurrency: "EUR",
        dunningFinalStatus: "canceled",
        intervalChange: "immediate",
        invoiceDueDays: 14,
        trialReminderDays: 3,
      }),
      invoiceNumberFormat: "INV-{YYYY}",
      address: { ...blank.address, country: "XX" },
    });
    expect(result.success).toBe(false);
    const issues = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(issues).toEqual({
      invoiceNumberFormat: "must contain {SEQ} (or {SEQ:n}) exactly once",
      "address.country": "must be an ISO 3166-1 alpha-2 country code",
    });
  });
});
