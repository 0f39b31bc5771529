import { expect, type APIRequestContext } from "@playwright/test";
import { WEB_URL } from "./support/env";
import { test } from "./support/fixtures";
import { waitForMail } from "./support/mailbox";
import { signInToWeb } from "./support/sign-in";
import { trpcData, trpcMutation } from "./support/trpc";
import { createVerifiedUser } from "./support/users";

/** A token bundle paid with the sandbox's good card, through the portal's API as the customer. */
async function paidBundle(customerRequest: APIRequestContext) {
  const catalogue = await trpcData<{ currency: string; bundles: { id: string }[] }>(customerRequest, `${WEB_URL}/billing.catalogue.plans`, {});
  const order = await trpcMutation<{ invoiceId: string; invoiceNumber: string; paymentId: string; nextActionUrl: string }>(
    customerRequest,
    `${WEB_URL}/billing.checkout.create`,
    {
      currency: catalogue.currency,
      items: [{ kind: "token_bundle", bundleId: catalogue.bundles[0]!.id }],
      provider: "sandbox",
      idempotencyKey: `e2e-refund-${Date.now()}`,
    },
  );
  await trpcMutation(customerRequest, `${WEB_URL}/paymentsSandbox.submitCard`, {
    paymentId: new URL(order.nextActionUrl).searchParams.get("payment"),
    cardNumber: "4242 4242 4242 4242",
  });
  await trpcMutation(customerRequest, `${WEB_URL}/billing.checkout.capture`, {
    paymentId: order.paymentId,
    idempotencyKey: `e2e-refund-capture-${Date.now()}`,
  });
  return order;
}

test("a refunded invoice reads Partially refunded, then Refunded, with its credit notes, in both apps; the customer is mailed receipts", async ({
  page,
  request,
  ownerRequest,
  ownerPage,
}) => {
  // First visits compile the billing pages in `next dev`.
  test.setTimeout(300_000);
  const customer = await createVerifiedUser(request, ownerRequest, "refunded");
  await signInToWeb(page, customer, "/account/billing");
  const order = await paidBundle(page.request);

  // The purchase receipt links to the invoice in the portal, which opens the PDF for its owner.
  const receipt = await waitForMail(ownerRequest, customer.email, "receipt-purchase");
  expect(receipt.subject).toBe(`Your receipt for invoice ${order.invoiceNumber}`);
  const link = `${WEB_URL}/account/invoices/${order.invoiceId}/pdf`;
  expect(receipt.text).toContain(link);
  const pdf = await page.request.get(link);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");

  const partial = await trpcMutation<{ creditNoteNumber: string }>(ownerRequest, "billing.payments.refund", {
    invoiceId: order.invoiceId,
    amount: 100,
    idempotencyKey: `e2e-part-${Date.now()}`,
  });
  expect((await waitForMail(ownerRequest, customer.email, "receipt-refund")).text).toContain(
    `Credit note ${partial.creditNoteNumber}: ${WEB_URL}/account/credit-notes/`,
  );

  await page.reload();
  const row = page.getByTestId(`invoice-row-${order.invoiceNumber}`);
  await expect(row).toContainText("Partially refunded");
  await expect(row).toContainText("1.00 refunded");
  const notes = page.getByTestId(`invoice-credit-notes-${order.invoiceNumber}`);
  await expect(notes).toContainText(`Credit note ${partial.creditNoteNumber}`);
  const notePdf = await page.request.get(
    `${WEB_URL}${await notes.getByRole("link", { name: `PDF of credit note ${partial.creditNoteNumber}` }).getAttribute("href")}`,
  );
  expect(notePdf.headers()["content-type"]).toContain("application/pdf");

  await ownerPage.goto(`/invoices/${order.invoiceId}`);
  await expect(ownerPage.getByRole("heading", { level: 1 })).toContainText("Partially refunded");
  await expect(ownerPage.getByTestId("credit-note")).toContainText(partial.creditNoteNumber);

  await trpcMutation(ownerRequest, "billing.payments.refund", { invoiceId: order.invoiceId, idempotencyKey: `e2e-rest-${Date.now()}` });
  await ownerPage.goto(`/invoices?search=${order.invoiceNumber}`);
  await expect(ownerPage.getByTestId(`invoice-row-${order.invoiceNumber}`)).toContainText("Refunded");
  await expect(ownerPage.getByTestId(`invoice-row-${order.invoiceNumber}`)).not.toContainText("Partially");
  await page.reload();
  await expect(row).toContainText("Refunded");
  await expect(notes.getByTestId("credit-note")).toHaveCount(2);
});
