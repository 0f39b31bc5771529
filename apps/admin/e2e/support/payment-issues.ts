import { expect, type APIRequestContext } from "@playwright/test";
import { orderTokenBundle, payWithSandboxCard, type Order } from "./orders";
import { trpcMutation } from "./trpc";

/**
 * Opens a real payment issue the way one happens: the customer is on the sandbox card page when
 * an operator voids the invoice, then pays anyway. The provider took the money, so core records
 * it on the void invoice and queues an "invoice not payable" issue. `customerRequest` carries the
 * customer's portal session (page.request after signInToWeb).
 */
export async function payVoidedInvoice(customerRequest: APIRequestContext, ownerRequest: APIRequestContext): Promise<Order> {
  const order = await orderTokenBundle(customerRequest, "issue");
  await trpcMutation(ownerRequest, "billing.invoices.void", { invoiceId: order.invoiceId, reason: "e2e: customer asked to cancel" });
  const captured = await payWithSandboxCard(customerRequest, order);
  expect(captured).toMatchObject({ status: "succeeded", invoiceStatus: "void" });
  return order;
}
