import { describe, expect, it } from "vitest";
import { patchFromForm } from "../src/components/settings/billing-settings-fields";

function formOf(values: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) form.set(name, value);
  return form;
}

describe("the billing settings form's patch", () => {
  it("nests the address, drops blank lines, nulls blank optional fields and upper-cases codes", () => {
    const patch = patchFromForm(formOf({ legalName: " Acme GmbH ", email: "", vatId: "", country: "de", "address.city": "Berlin", "address.line2": " ", "address.country": "de", receiptCopyTo: "" }));
    expect(patch).toMatchObject({ legalName: "Acme GmbH", email: null, vatId: null, country: "DE", receiptCopyTo: null, address: { city: "Berlin", country: "DE" } });
    expect(patch.address).not.toHaveProperty("line2");
  });

  it("sends numbers as numbers and leaves anything else for the server to name", () => {
    const patch = patchFromForm(formOf({ invoiceDueDays: "14", trialReminderDays: "three", dunningRetryDays: "1, 3;5 7" }));
    expect(patch).toMatchObject({ invoiceDueDays: 14, trialReminderDays: "three", dunningRetryDays: [1, 3, 5, 7] });
  });
});
