import { formatMoney } from "@tillbox/core/money";
import { expect, test } from "./support/fixtures";
import { payVoidedInvoice } from "./support/payment-issues";
import { signInToWeb } from "./support/sign-in";
import { trpcData } from "./support/trpc";
import { createVerifiedUser } from "./support/users";

test("an operator is told about money taken for a void invoice, refunds it through the provider, and the alert goes away", async ({
  page,
  request,
  ownerRequest,
  ownerPage,
}) => {
  // First visits compile the payment issues and invoice pages in `next dev`.
  test.setTimeout(300_000);
  const customer = await createVerifiedUser(request, ownerRequest, "payment-issue");
  await signInToWeb(page, customer);
  const order = await payVoidedInvoice(page.request, ownerRequest);

  // The dashboard says so and leads to the queue; the sidebar counts it.
  await ownerPage.goto("/");
  const alert = ownerPage.getByTestId("payment-issues-alert");
  await expect(alert).toContainText("1 payment was taken but not delivered");
  const badge = ownerPage.getByRole("navigation", { name: "Main" }).getByTestId("payment-issues-badge");
  await expect(badge).toHaveText("1");
  await alert.getByRole("link", { name: "Review payment issues" }).click();
  await expect(ownerPage).toHaveURL(/\/payment-issues$/);

  const row = ownerPage.getByTestId(`payment-issue-${order.invoiceNumber}`);
  await expect(row).toContainText("Invoice not payable");
  await expect(row).toContainText(customer.name);
  // Delivering again can't fix money for a void invoice: refunding or resolving by hand can.
  await expect(row.getByRole("button", { name: "Retry now" })).toHaveCount(0);
  await expect(row.getByRole("button", { name: "Resolve" })).toBeVisible();

  // The invoice itself carries the issue at the top.
  await row.getByRole("link", { name: order.invoiceNumber }).click();
  await expect(ownerPage.getByTestId("invoice-payment-issue")).toContainText("Payment issue: Invoice not payable");
  await ownerPage.goBack();

  // The money goes back through the provider that took it; the issue closes as refunded.
  await ownerPage.getByTestId(`payment-issue-${order.invoiceNumber}`).getByRole("button", { name: "Refund payment" }).click();
  const dialog = ownerPage.getByRole("alertdialog", { name: "Refund this payment?" });
  const { payments } = await trpcData<{ payments: { amount: number; currency: string }[] }>(ownerRequest, "billing.invoices.detail", {
    invoiceId: order.invoiceId,
  });
  await expect(dialog.getByTestId("confirm-amount")).toContainText(`${formatMoney(payments[0]!.amount, payments[0]!.currency)} ${payments[0]!.currency}`);
  await dialog.getByRole("button", { name: "Refund payment" }).click();
  await expect(dialog).toBeHidden();
  await expect(ownerPage.locator("[data-sonner-toast]").filter({ hasText: "Payment refunded." })).toBeVisible();
  await expect(ownerPage.getByText("No open payment issues")).toBeVisible();
  await expect(badge).toHaveCount(0);

  await ownerPage.getByLabel("Status").selectOption("resolved");
  await expect(ownerPage.getByTestId(`payment-issue-${order.invoiceNumber}`)).toContainText("Refunded");

  await ownerPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(ownerPage.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(ownerPage.getByTestId("payment-issues-alert")).toHaveCount(0);
});
