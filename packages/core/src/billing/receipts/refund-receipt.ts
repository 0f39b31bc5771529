import type { Db } from "@tillbox/db";
import type { coreEvents, EventPayload, StepTools, TillboxEvent } from "@tillbox/events";
import { formatMoney } from "../money/format";
import { itemLines } from "./receipt-content";
import { portalUrl, sendReceipt, type ReceiptDeps } from "./send-receipt";

type PaymentRefunded = EventPayload<typeof coreEvents.paymentRefunded>;

/**
 * payment.refunded → "we refunded X of your payment for invoice N", with what the invoice covered,
 * its PDF and the credit note's (a refund of money that never paid the invoice, e.g. a duplicate
 * payment, has none). A refund that already failed at the provider by the time this runs is not
 * announced: the money did not go back.
 */
export async function sendRefundReceipt(db: Db, deps: ReceiptDeps, step: StepTools, event: TillboxEvent<PaymentRefunded>) {
  const refund = await db.refund.findFirst({
    where: { id: event.data.refundId, tenantId: event.tenantId },
    include: {
      creditNote: { select: { id: true, number: true } },
      payment: { include: { invoice: { include: { lines: { orderBy: { position: "asc" } } } } } },
    },
  });
  if (!refund) return { skipped: "no such refund" };
  if (refund.status === "failed") return { skipped: "the refund failed" };
  const { invoice } = refund.payment;
  const note = refund.creditNote;
  return sendReceipt(db, deps, step, {
    tenantId: event.tenantId,
    userId: invoice.userId,
    template: "receipt-refund",
    data: (locale) => ({
      invoiceNumber: invoice.number ?? "",
      amount: formatMoney(refund.amount, refund.currency, locale),
      items: itemLines(invoice.lines, invoice.currency, locale),
      url: portalUrl(deps, `/account/invoices/${invoice.id}/pdf`),
      ...(note ? { creditNoteNumber: note.number, creditNoteUrl: portalUrl(deps, `/account/credit-notes/${note.id}/pdf`) } : {}),
    }),
  });
}
