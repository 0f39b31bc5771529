import { withSavepoint, type Tx } from "@tillbox/db";
import { formatMoney } from "../money/format";
import type { BillingContext } from "../context";
import { emitInvoicePaid, fulfilInvoice, isPayable, recordInvoicePaid, type LockedInvoice } from "./fulfil-invoice";
import { describeFailure, openPaymentIssue } from "./payment-issues";

export interface QueuedFulfilment {
  /** The invoice's purchases were delivered by this call. */
  fulfilled: boolean;
  invoiceStatus: string;
  /** Set when the money is queued for an operator instead (payment_issue.opened). */
  issueId: string | null;
}

/**
 * Turns money a provider took into what it bought, in the caller's transaction (the one that
 * records the payment), and never throws for a reason of ours: once money moved, recording it must
 * not fail, or the payment would stay open while the customer's money is gone. Fulfilment runs
 * behind a savepoint; if it throws (a wallet that can't take the credit, a subscription that can't
 * activate), its writes are undone, the invoice is still recorded paid, and a payment issue queues
 * it for an operator (retried automatically, then fulfilled, refunded or dismissed by hand). Money
 * for an invoice that was already paid, or void, is recorded and queued the same way.
 */
export async function fulfilOrQueue(
  tx: Tx,
  ctx: BillingContext,
  invoice: LockedInvoice,
  payment: { id: string; amount: number; currency: string },
): Promise<QueuedFulfilment> {
  const subject = { invoice, payment };
  const amount = formatMoney(payment.amount, payment.currency);
  if (invoice.status === "paid") {
    const issue = await openPaymentIssue(
      tx,
      ctx,
      "duplicate_payment",
      subject,
      `Invoice ${invoice.number ?? invoice.id} was already paid; this payment of ${amount} paid it a second time. Refund it.`,
    );
    return { fulfilled: false, invoiceStatus: "paid", issueId: issue.id };
  }
  if (!isPayable(invoice.status)) {
    const message = `A payment of ${amount} arrived for invoice ${invoice.number ?? invoice.id}, which is ${invoice.status}. Refund it.`;
    const issue = await openPaymentIssue(tx, ctx, "invoice_not_payable", subject, message);
    return { fulfilled: false, invoiceStatus: invoice.status, issueId: issue.id };
  }
  const attempt = await withSavepoint(tx, () => fulfilInvoice(tx, ctx, invoice.id, invoice));
  if (attempt.ok) return { fulfilled: attempt.value.fulfilled, invoiceStatus: "paid", issueId: null };

  await recordInvoicePaid(tx, invoice, ctx.clock.now());
  await emitInvoicePaid(tx, invoice);
  const issue = await openPaymentIssue(tx, ctx, "fulfilment_failed", subject, `Paid, but delivering it failed: ${describeFailure(attempt.error)}`);
  return { fulfilled: false, invoiceStatus: "paid", issueId: issue.id };
}
