import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { WEB_URL } from "./support/env";
import { signInToWeb } from "./support/sign-in";
import { trpcData } from "./support/trpc";
import { createVerifiedUser, userIdOf } from "./support/users";

/** Pro (demo catalogue, €29.00 a month, no trial) bought on /pricing with the sandbox card that always succeeds. */
async function buyPro(page: Page) {
  await page.getByTestId("plan-pro").getByRole("link", { name: "Choose Pro" }).click();
  await page.getByRole("radio", { name: "Sandbox (test cards)" }).check();
  await page.getByRole("button", { name: /^Pay / }).click();
  await expect(page).toHaveURL(/\/checkout\/(success|sandbox-action)\?/, { timeout: 60_000 });
  if (page.url().includes("/checkout/sandbox-action")) {
    await page.getByLabel("Card number").fill("4242 4242 4242 4242");
    await page
      .getByRole("form", { name: "Card details" })
      .getByRole("button", { name: /^(Pay|Save card)/ })
      .click();
  }
  await expect(page).toHaveURL(/\/checkout\/success\?invoice=/, { timeout: 60_000 });
}

/**
 * Change plan → Starter: a downgrade, scheduled for the end of the period already paid for. With
 * `lookAtYearly`, Pro yearly is previewed first: an interval change applies now and grants its tokens.
 */
async function scheduleStarter(page: Page, lookAtYearly = false) {
  const pro = page.getByTestId("subscription-pro");
  await pro.getByRole("button", { name: "Change plan" }).click();
  const dialog = page.getByRole("dialog", { name: "Change plan" });
  if (lookAtYearly) {
    await dialog.getByLabel("New plan").selectOption({ label: "Pro yearly · €290.00 / year" });
    await expect(dialog.getByTestId("change-preview")).toContainText("Your billing period restarts today; unused time on Pro is credited.");
    await expect(dialog.getByTestId("change-tokens")).toHaveText("+60,000 tokens now");
    await expect(dialog.getByRole("button", { name: /^Confirm and pay €/ })).toBeVisible();
  }
  await dialog.getByLabel("New plan").selectOption({ label: "Starter · €9.00 / month" });
  await expect(dialog.getByTestId("change-preview")).toContainText("A downgrade: nothing is charged now. Your plan changes to Starter on");
  await dialog.getByRole("button", { name: "Confirm change" }).click();
  await expect(dialog).toBeHidden();
  await expect(pro.getByTestId("scheduled-change")).toContainText("Changes to Starter on");
}

test("a customer schedules a downgrade, keeps the current plan after all, and an operator can cancel a scheduled change too", async ({
  page,
  request,
  ownerRequest,
  ownerPage,
}) => {
  // First visits compile the pricing, checkout, billing and back-office pages in `next dev`.
  test.setTimeout(360_000);
  const customer = await createVerifiedUser(request, ownerRequest, "undo-change");
  await signInToWeb(page, customer, "/pricing");
  await buyPro(page);
  await page.goto(`${WEB_URL}/account/billing`);
  const pro = page.getByTestId("subscription-pro");
  await expect(pro.getByTestId("subscription-status")).toHaveText("active");

  await scheduleStarter(page, true);
  await pro.getByRole("button", { name: "Keep my current plan" }).click();
  await expect(pro.getByTestId("scheduled-change")).toHaveCount(0);
  await page.reload();
  await expect(pro).toBeVisible();
  await expect(pro).toContainText("Pro");
  await expect(pro).toContainText("Renews on");
  await expect(pro.getByTestId("scheduled-change")).toHaveCount(0);
  await expect(page.getByTestId("subscription-starter")).toHaveCount(0);

  // The same from the back-office: the operator cancels it on the subscription's page.
  await scheduleStarter(page);
  const userId = await userIdOf(ownerRequest, customer.email);
  const { items } = await trpcData<{ items: { id: string }[] }>(ownerRequest, "billing.subscriptions.admin.list", { userId });
  await ownerPage.goto(`/subscriptions/${items[0]!.id}`);
  await expect(ownerPage.getByText("Scheduled: changes to Starter at the end of the current period.")).toBeVisible();
  await ownerPage.getByRole("button", { name: "Cancel scheduled change" }).click();
  await expect(ownerPage.getByRole("button", { name: "Cancel scheduled change" })).toHaveCount(0);
  await page.reload();
  await expect(pro.getByTestId("scheduled-change")).toHaveCount(0);
  await expect(pro).toContainText("Renews on");
});
