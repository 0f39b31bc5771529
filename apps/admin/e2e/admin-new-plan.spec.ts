import { ownerStatePath, WEB_URL } from "./support/env";
import { expect, test } from "./support/fixtures";

// Signed in as the owner (owner.setup.ts).
test.use({ storageState: ownerStatePath });

test("a plan created with a price is on sale at once, in the preselected category, and says who can't buy it", async ({ page, newAnonymousPage }) => {
  const suffix = Date.now().toString(36);
  await page.goto("/plans/new");
  const form = page.getByRole("form", { name: "New plan" });
  await expect(form.getByLabel("Category")).toHaveValue(/.+/);
  await expect(form.getByLabel("Category").locator("option:checked")).toHaveText(/^Plans/);
  await form.getByLabel("Name").fill(`Team ${suffix}`);
  await form.getByLabel("Slug").fill(`team-${suffix}`);

  // No price: refused in the form, nothing created.
  await form.getByRole("button", { name: "Create plan" }).click();
  await expect(form.getByText("Enter a price in at least one currency")).toBeVisible();
  await expect(page).toHaveURL(/\/plans\/new$/);

  await form.getByLabel(/^EUR/).fill("49.00");
  await form.getByRole("button", { name: "Create plan" }).click();
  // The plan's page may compile on this first visit (`next dev`).
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/, { timeout: 90_000 });
  const notice = page.getByTestId("plan-availability");
  await expect(notice).toContainText("Not offered to every customer because");
  await expect(notice).toContainText("no price in JPY, USD");

  const visitor = await newAnonymousPage();
  await visitor.goto(`${WEB_URL}/pricing`);
  await expect(visitor.getByText(`Team ${suffix}`)).toBeVisible();
});
