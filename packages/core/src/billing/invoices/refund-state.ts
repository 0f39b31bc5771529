/** Stripe's labels for a paid invoice whose money went back in part or in full. */
export type RefundState = "refunded" | "partially_refunded";

/**
 * The one place a refund state is derived. `amountRefunded` counts the refunds that went against
 * the invoice (each with its credit note; a failed refund is taken out again), so it and the
 * credit notes listed beside the invoice agree. Money refunded that never paid the invoice (a
 * duplicate payment) is not in it, so such an invoice stays paid.
 */
export function refundStateOf(invoice: { amountPaid: number; amountRefunded: number }): RefundState | null {
  if (invoice.amountRefunded <= 0) return null;
  return invoice.amountRefunded >= invoice.amountPaid ? "refunded" : "partially_refunded";
}

/** The row with its refundState, as every invoice query returns it. */
export function withRefundState<T extends { amountPaid: number; amountRefunded: number }>(invoice: T): T & { refundState: RefundState | null } {
  return { ...invoice, refundState: refundStateOf(invoice) };
}
