import { expect, type APIRequestContext } from "@playwright/test";
import { WEB_URL } from "./env";
import { trpcData, trpcMutation } from "./trpc";

export interface Order {
  invoiceId: string;
  invoiceNumber: string;
  paymentId: string;
  nextActionUrl: string | null;
}

/**
 * A token bundle checked out with the sandbox provider, as the customer (`customerRequest` carries
 * the portal session: page.request after signInToWeb). The invoice is open until the card is paid.
 */
export async function orderTokenBundle(customerRequest: APIRequestContext, label: string): Promise<Order> {
  const catalogue = await trpcData<{ currency: string; bundles: { id: string }[] }>(customerRequest, `${WEB_URL}/billing.catalogue.plans`, {});
  return trpcMutation<Order>(customerRequest, `${WEB_URL}/billing.checkout.create`, {
    currency: catalogue.currency,
    items: [{ kind: "token_bundle", bundleId: catalogue.bundles[0]!.id }],
    provider: "sandbox",
    idempotencyKey: `e2e-${label}-${Date.now()}`,
  });
}

/** Pays the order on the sandbox's card page with the card that always succeeds, then captures. */
export async function payWithSandboxCard(customerRequest: APIRequestContext, order: Order): Promise<{ status: string; invoiceStatus: string }> {
  const sandboxPaymentId = order.nextActionUrl && new URL(order.nextActionUrl).searchParams.get("payment");
  expect(sandboxPaymentId, "the sandbox sends the customer to its card page").toBeTruthy();
  await trpcMutation(customerRequest, `${WEB_URL}/paymentsSandbox.submitCard`, { paymentId: sandboxPaymentId, cardNumber: "4242 4242 4242 4242" });
  return trpcMutation(customerRequest, `${WEB_URL}/billing.checkout.capture`, { paymentId: order.paymentId, idempotencyKey: `e2e-capture-${order.paymentId}` });
}
