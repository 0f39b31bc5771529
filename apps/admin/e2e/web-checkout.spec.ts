import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { WEB_URL } from "./support/env";
import { signInToWeb } from "./support/sign-in";
import { createVerifiedUser } from "./support/users";

/**
 * The sandbox's card page (plugins/payments-sandbox/README.md), when the checkout sends the
 * customer there: enter the test card that always succeeds and submit.
 */
async function payWithSandboxCard(page: Page) {
  await expect(page).toHaveURL(/\/checkout\/sandbox-action\?payment=/);
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page
    .getByRole("form", { name: "Card details" })
    .getByRole("button", { name: /^(Pay|Save card)/ })
    .click();
}

/** Checkout → (sandbox card page, when the provider needs the customer) → the success page; returns the invoice number. */
async function completeCheckout(page: Page, button: RegExp): Promise<string> {
  await page.getByRole("radio", { name: "Sandbox (test cards)" }).check();
  await page.getByRole("button", { name: button }).click();
  await expect(page).toHaveURL(/\/checkout\/(success|sandbox-action)\?/, { timeout: 60_000 });
  if (page.url().includes("/checkout/sandbox-action")) await payWithSandboxCard(page);
  await expect(page).toHaveURL(/\/checkout\/success\?invoice=/, { timeout: 60_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Thank you for your order" })).toBeVisible();
  const number = (await page.getByTestId("success-invoice-number").textContent())?.trim();
  expect(number).toBeTruthy();
  return number!;
}

test("a customer picks Starter on /pricing, checks out with the sandbox card and finds subscription, invoices and tokens under Billing", async ({
  page,
  request,
  ownerRequest,
  ownerPage,
}) => {
  // First visits compile the billing pages in `next dev`.
  test.setTimeout(300_000);
  const customer = await createVerifiedUser(request, ownerRequest, "checkout");
  await signInToWeb(page, customer, "/pricing");

  // Prices in each currency with its own minor units: JPY has none.
  await expect(page.getByRole("heading", { level: 1, name: "Pricing" })).toBeVisible();
  const starter = page.getByTestId("plan-starter");
  await expect(starter).toContainText("€9.00");
  await expect(starter).toContainText("14-day free trial");
  await expect(starter).toContainText("1,000 tokens every month");
  await page.getByRole("radiogroup", { name: "Currency" }).getByRole("radio", { name: "JPY" }).click();
  await expect(starter).toContainText("¥1,500");
  await page.getByRole("radiogroup", { name: "Currency" }).getByRole("radio", { name: "EUR" }).click();
  await expect(starter).toContainText("€9.00");
  // Yearly shows the yearly plan only.
  await page.getByRole("radiogroup", { name: "Billing period" }).getByRole("radio", { name: "Yearly" }).click();
  await expect(page.getByTestId("plan-pro-yearly")).toBeVisible();
  await expect(starter).toHaveCount(0);
  await page.getByRole("radiogroup", { name: "Billing period" }).getByRole("radio", { name: "Monthly" }).click();

  await starter.getByRole("link", { name: "Choose Starter" }).click();
  await expect(page).toHaveURL(/\/checkout\?plan=[0-9a-f-]{36}&currency=EUR$/);
  await expect(page.getByTestId("order-summary")).toContainText("Trial of Starter");
  // The trial costs nothing today (the card, if asked for, is saved for the first renewal).
  await expect(page.getByTestId("order-total")).toHaveText("€0.00");
  const trialInvoice = await completeCheckout(page, /^(Confirm order|Pay )/);

  // A token bundle is paid by card at once.
  await page.goto(`${WEB_URL}/pricing`);
  await page.getByRole("link", { name: "Buy 1,000 tokens" }).click();
  const summary = page.getByTestId("order-summary");
  await expect(summary.getByRole("list", { name: "Order lines" })).toContainText(/1,000 tokens.*€5\.00/);
  // Tax depends on the customer's country, so the total is read from the summary, not assumed.
  const total = (await page.getByTestId("order-total").textContent())!.trim();
  expect(total).toMatch(/^€\d+\.\d{2}$/);
  const bundleInvoice = await completeCheckout(page, new RegExp(`^Pay ${total.replace(/[.$]/g, "\\$&")}$`));

  await page.getByRole("link", { name: "Go to billing" }).click();
  await expect(page).toHaveURL(`${WEB_URL}/account/billing`);
  const subscription = page.getByTestId("subscription-starter");
  await expect(subscription.getByTestId("subscription-status")).toHaveText(/trialing|active/);
  await expect(subscription).toContainText("Free trial until");
  for (const number of [trialInvoice, bundleInvoice]) {
    const row = page.getByTestId(`invoice-row-${number}`);
    await expect(row).toContainText("Paid");
    const pdf = await page.request.get(`${WEB_URL}${await row.getByRole("link", { name: `PDF of invoice ${number}` }).getAttribute("href")}`);
    expect(pdf.headers()["content-type"]).toContain("application/pdf");
  }
  await expect(page.getByTestId(`invoice-row-${bundleInvoice}`)).toContainText(total);
  await expect(page.getByRole("list", { name: "Recent token activity" })).toContainText("Bundle purchase");

  // The operator sees the same invoice in the back-office.
  await ownerPage.goto(`/invoices?search=${encodeURIComponent(bundleInvoice)}`);
  await ownerPage.getByTestId(`invoice-row-${bundleInvoice}`).getByRole("link", { name: bundleInvoice }).click();
  await expect(ownerPage.getByRole("heading", { level: 1 })).toContainText(`Invoice ${bundleInvoice}`);
  await expect(ownerPage.getByTestId("invoice-lines")).toContainText("1,000 tokens");
  await expect(ownerPage.getByTestId("invoice-payment")).toContainText("succeeded");
});
