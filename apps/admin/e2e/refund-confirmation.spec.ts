import { formatMoney } from "@tillbox/core/money";
import { ownerStatePath } from "./support/env";
import { expect, test } from "./support/fixtures";
import { orderTokenBundle, payWithSandboxCard } from "./support/orders";
import { signInToWeb } from "./support/sign-in";
import { trpcData } from "./support/trpc";
import { createVerifiedUser } from "./support/users";

interface InvoiceMoney {
  status: string;
  currency: string;
  amountPaid: number;
  amountRefunded: number;
}

test("a refund asks first, naming the amount and currency; cancelling moves no money, confirming refunds it", async ({
  page,
  request,
  ownerRequest,
  ownerPage,
}) => {
  // First visits compile the invoice pages in `next dev`.
  test.setTimeout(300_000);
  const customer = await createVerifiedUser(request, ownerRequest, "refund-confirm");
  await signInToWeb(page, customer);
  const order = await orderTokenBundle(page.request, "refund-confirm");
  expect(await payWithSandboxCard(page.request, order)).toMatchObject({ status: "succeeded", invoiceStatus: "paid" });
  const invoiceOf = () => trpcData<InvoiceMoney>(ownerRequest, "billing.invoices.detail", { invoiceId: order.invoiceId });
  const paid = await invoiceOf();
  const amount = formatMoney(paid.amountPaid, paid.currency);

  await ownerPage.goto(`/invoices/${order.invoiceId}`);
  const form = ownerPage.getByRole("form", { name: "Refund" });
  const confirmation = ownerPage.getByRole("alertdialog", { name: `Refund ${amount}?` });

  // The first click only asks; Cancel closes the question and nothing is refunded.
  await form.getByRole("button", { name: "Refund" }).click();
  await expect(confirmation).toBeVisible();
  await expect(confirmation.getByTestId("confirm-amount")).toHaveText(`Amount to refund${amount} ${paid.currency}`);
  await confirmation.getByRole("button", { name: "Cancel" }).click();
  await expect(confirmation).toBeHidden();
  expect(await invoiceOf()).toMatchObject({ status: "paid", amountRefunded: 0 });
  await expect(ownerPage.getByTestId("invoice-payment")).not.toContainText("Refund");

  // Confirming refunds the whole amount through the sandbox and says so.
  await form.getByRole("button", { name: "Refund" }).click();
  await confirmation.getByRole("button", { name: `Refund ${amount}` }).click();
  await expect(confirmation).toBeHidden();
  await expect(ownerPage.locator("[data-sonner-toast]").filter({ hasText: `Refunded ${amount}.` })).toBeVisible();
  await expect(ownerPage.getByTestId("invoice-payment")).toContainText(`Refund ${amount}`);
  // Nothing is left to refund, so the form is gone.
  await expect(form).toHaveCount(0);
  expect((await invoiceOf()).amountRefunded).toBe(paid.amountPaid);
});

test.describe("on a phone", () => {
  test.use({ storageState: ownerStatePath, viewport: { width: 390, height: 844 } });

  test("the back-office menu reaches every page, tables stay inside the screen, and a dark theme survives a reload", async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    // No sidebar column on a phone: its entries wait behind the Menu button.
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);

    await page.getByRole("button", { name: "Menu" }).click();
    const menu = page.getByRole("dialog", { name: "Menu" });
    await expect(menu.getByRole("link", { name: "Payment issues" })).toBeVisible();
    await expect(menu.getByRole("link", { name: "Webhooks" })).toBeVisible();
    await menu.getByRole("link", { name: "Invoices" }).click();
    await expect(page).toHaveURL(/\/invoices$/);
    await expect(menu).toBeHidden();
    await expect(page.getByRole("heading", { level: 1, name: "Invoices" })).toBeVisible();
    // A wide table scrolls inside its card; the page itself never scrolls sideways.
    await expect(page.getByRole("table")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // Dark is remembered and applied by the page's inline script before anything paints.
    const html = page.locator("html");
    await page.getByRole("radio", { name: "Dark" }).click();
    await expect(html).toHaveClass(/\bdark\b/);
    await page.reload();
    await expect(html).toHaveClass(/\bdark\b/);
    await expect(page.getByRole("radio", { name: "Dark" })).toHaveAttribute("aria-checked", "true");
    const served = await (await page.request.get("/invoices")).text();
    expect(served).toMatch(/<script[^>]*>[^<]*tillbox-theme/);

    await page.getByRole("radio", { name: "Light" }).click();
    await expect(html).not.toHaveClass(/\bdark\b/);
  });
});
