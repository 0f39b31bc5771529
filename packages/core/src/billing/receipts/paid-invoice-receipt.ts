import type { Db } from "@tillbox/db";
import type { coreEvents, EventPayload, StepTools, TillboxEvent } from "@tillbox/events";
import { formatMoney } from "../money/format";
import { itemLines, receiptTemplateOf } from "./receipt-content";
import { portalUrl, sendReceipt, type ReceiptDeps } from "./send-receipt";

type InvoicePaid = EventPayload<typeof coreEvents.invoicePaid>;

/**
 * invoice.paid → the customer's receipt: a purchase, a renewal or a plan change by the invoice's
 * billing reason, with the amount, the lines bought, the number and the PDF link. Like Stripe, only
 * money paid gets a receipt: a zero invoice (a trial's start, a change that cost nothing) gets none.
 */
export async function sendPaidInvoiceReceipt(db: Db, deps: ReceiptDeps, step: StepTools, event: TillboxEvent<InvoicePaid>) {
  if (event.data.amountPaid <= 0) return { skipped: "nothing was paid" };
  const invoice = await db.invoice.findFirst({
    where: { id: event.data.invoiceId, tenantId: event.tenantId },
    include: { lines: { orderBy: { position: "asc" } } },
  });
  if (!invoice?.number) return { skipped: "no such invoice" };
  const number = invoice.number;
  return sendReceipt(db, deps, step, {
    tenantId: event.tenantId,
    userId: invoice.userId,
    template: receiptTemplateOf(invoice.billingReason),
    data: (locale) => ({
      invoiceNumber: number,
      amount: formatMoney(event.data.amountPaid, invoice.currency, locale),
      items: itemLines(invoice.lines, invoice.currency, locale),
      ...(invoice.taxTotal > 0 ? { tax: formatMoney(invoice.taxTotal, invoice.currency, locale) } : {}),
      url: portalUrl(deps, `/account/invoices/${invoice.id}/pdf`),
    }),
  });
}
