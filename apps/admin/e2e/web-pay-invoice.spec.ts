import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { WEB_URL } from "./support/env";
import { signInToWeb } from "./support/sign-in";
import { createVerifiedUser } from "./support/users";

/** The sandbox's card page (plugins/payments-sandbox/README.md): enter a test card and submit. */
async function enterSandboxCard(page: Page, card: string) {
  await expect(page).toHaveURL(/\/checkout\/sandbox-action\?payment=/, { timeout: 60_000 });
  await page.getByLabel("Card number").fill(card);
  await page.getByRole("form", { name: "Card details" }).getByRole("button", { name: /^Pay/ }).click();
}

test("a customer whose card was declined pays the open invoice later from Billing with Pay now", async ({ page, request, ownerRequest }) => {
  // First visits compile the billing pages in `next dev`.
  test.setTimeout(300_000);
  const customer = await createVerifiedUser(request, ownerRequest, "pay-invoice");
  await signInToWeb(page, customer, "/pricing");

  // A token bundle bought with the card the sandbox always declines: the invoice stays open.
  await page.getByRole("link", { name: "Buy 1,000 tokens" }).click();
  const total = (await page.getByTestId("order-total").textContent())!.trim();
  await page.getByRole("radio", { name: "Sandbox (test cards)" }).check();
  await page.getByRole("button", { name: `Pay ${total}` }).click();
  await enterSandboxCard(page, "4000 0000 0000 0002");
  await expect(page.getByText("Your card was declined. Nothing was charged.")).toBeVisible({ timeout: 30_000 });

  await page.goto(`${WEB_URL}/account/billing`);
  const row = page.locator('[data-testid^="invoice-row-"]').filter({ hasText: total });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Open");
  const number = (await row.getAttribute("data-testid"))!.replace("invoice-row-", "");

  // Pay now: the checkout's provider choice, then the sandbox card page and the usual return.
  await row.getByRole("button", { name: `Pay invoice ${number}` }).click();
  const dialog = page.getByRole("dialog", { name: `Pay invoice ${number}` });
  await dialog.getByRole("radio", { name: "Sandbox (test cards)" }).check();
  await dialog.getByRole("button", { name: `Pay ${total}` }).click();
  await enterSandboxCard(page, "4242 4242 4242 4242");
  await expect(page).toHaveURL(/\/checkout\/success\?invoice=/, { timeout: 60_000 });
  await expect(page.getByTestId("success-invoice-number")).toHaveText(number);
  await expect(page.getByRole("heading", { level: 1, name: "Thank you for your order" })).toBeVisible();

  await page.getByRole("link", { name: "Go to billing" }).click();
  const paid = page.getByTestId(`invoice-row-${number}`);
  await expect(paid).toContainText("Paid");
  await expect(paid.getByRole("button", { name: /^Pay invoice/ })).toHaveCount(0);
  await expect(page.getByRole("list", { name: "Recent token activity" })).toContainText("Bundle purchase");
});
