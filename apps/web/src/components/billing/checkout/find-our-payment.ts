import type { AppRouter } from "@tillbox/api";
import type { TRPCClient } from "@trpc/client";
import type { PendingPayment } from "./pending-payment";

export interface OurPayment {
  paymentId: string;
  invoiceId: string;
  currency: string;
}

/**
 * A provider page may send the customer back with only its own payment id (?payment=…); capture
 * takes ours. The invoice noted before the redirect is checked first; without it (another tab,
 * storage off) the customer's open invoices are searched for the payment with that provider id.
 */
export async function findOurPayment(client: TRPCClient<AppRouter>, providerPaymentId: string, pending: PendingPayment | null): Promise<OurPayment | null> {
  const inInvoice = async (invoiceId: string): Promise<OurPayment | null> => {
    const invoice = await client.billing.invoices.get.query({ invoiceId }).catch(() => null);
    const payment = invoice?.payments.find((candidate) => candidate.providerPaymentId === providerPaymentId);
    return payment && invoice ? { paymentId: payment.id, invoiceId, currency: invoice.currency } : null;
  };
  if (pending) {
    const found = await inInvoice(pending.invoiceId);
    if (found) return found;
  }
  const open = await client.billing.invoices.mine.query({ status: "open", page: 1, pageSize: 20 });
  for (const invoice of open.items) {
    if (invoice.id === pending?.invoiceId) continue;
    const found = await inInvoice(invoice.id);
    if (found) return found;
  }
  return null;
}
