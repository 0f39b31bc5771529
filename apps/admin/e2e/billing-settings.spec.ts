import { ownerStatePath } from "./support/env";
import { expect, test } from "./support/fixtures";
import { trpcData } from "./support/trpc";

// Signed in as the owner (owner.setup.ts).
test.use({ storageState: ownerStatePath });

test("the owner edits billing settings: a bad number format is named at its field and nothing is saved; a good patch saves", async ({ page, request }) => {
  const before = await trpcData<{ invoiceNumberFormat: string; receiptCopyTo: string | null }>(request, "billing.settings.get");
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL(/\/settings$/, { timeout: 60_000 });
  const form = page.getByRole("form", { name: "Billing settings" });
  await expect(form.getByLabel("Invoice number format")).toHaveValue(before.invoiceNumberFormat);

  // Without {SEQ} two invoices would share a number: refused, beside the field.
  await form.getByLabel("Invoice number format").fill("INV-{YYYY}");
  await form.getByLabel("Send a copy of each receipt to").fill("Accounting@Example.com");
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(form.getByText("must contain {SEQ} (or {SEQ:n}) exactly once")).toBeVisible();
  expect(await trpcData(request, "billing.settings.get")).toMatchObject(before);

  await form.getByLabel("Invoice number format").fill(before.invoiceNumberFormat);
  await form.getByLabel("Changing the billing interval").selectOption({ label: "At the period end when it costs less per month" });
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(page.locator("[data-sonner-toast]").filter({ hasText: "Billing settings saved." })).toBeVisible();
  // The server's normalised value is what the form shows after saving.
  await expect(form.getByLabel("Send a copy of each receipt to")).toHaveValue("accounting@example.com");
  expect(await trpcData(request, "billing.settings.get")).toMatchObject({ receiptCopyTo: "accounting@example.com", intervalChange: "downgrade_at_period_end" });

  // Put the demo's policy back: other specs preview interval changes under the default.
  await form.getByLabel("Changing the billing interval").selectOption("immediate");
  await form.getByLabel("Send a copy of each receipt to").fill("");
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect.poll(async () => trpcData(request, "billing.settings.get")).toMatchObject({ receiptCopyTo: null, intervalChange: "immediate" });
});
