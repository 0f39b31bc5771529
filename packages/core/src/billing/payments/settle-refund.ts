import type { Tx } from "@tillbox/db";
import { coreEvents, emit } from "@tillbox/events";
import { DomainError } from "../../errors";
import type { BillingContext } from "../context";
import { refundFailedLines } from "../sellables/line-steps";
import type { ProviderRefundResult } from "./provider-contract";

export interface RefundSettlement {
  refundId: string;
  previousStatus: string;
  status: string;
  tokensRestored: number;
}

/**
 * Records what the provider now says about one of our refunds, in the caller's transaction. Only a
 * pending refund moves: to succeeded (recorded), or to failed, which undoes it: the amount counts as
 * paid again (payment and invoice amountRefunded), its credit note is void, the tokens it clawed back
 * are given back by their sellables, and refund.failed is emitted. succeeded and failed are terminal. The invoice's
 * status is left as it is: refunds never changed it. Locks invoice → payment → refund, as refunds do.
 */
export async function applyRefundResult(tx: Tx, ctx: BillingContext, refundId: string, result: ProviderRefundResult): Promise<RefundSettlement> {
  const head = await tx.$queryRaw<{ id: string }[]>`
    SELECT i."id" FROM "billing_invoice" i
    JOIN "billing_payment" p ON p."invoice_id" = i."id"
    JOIN "billing_refund" r ON r."payment_id" = p."id"
    WHERE r."id" = ${refundId}::uuid AND r."tenant_id" = ${ctx.tenantId} FOR UPDATE OF i`;
  if (head.length === 0) throw new DomainError("REFUND_NOT_FOUND", "No such refund (field: refundId).", "NOT_FOUND");
  await tx.$queryRaw`SELECT "id" FROM "billing_payment" WHERE "id" = (SELECT "payment_id" FROM "billing_refund" WHERE "id" = ${refundId}::uuid) FOR UPDATE`;
  await tx.$queryRaw`SELECT "id" FROM "billing_refund" WHERE "id" = ${refundId}::uuid FOR UPDATE`;
  const refund = await tx.refund.findFirstOrThrow({ where: { id: refundId, tenantId: ctx.tenantId }, include: { payment: { include: { invoice: true } } } });
  const unchanged = { refundId, previousStatus: refund.status, status: refund.status, tokensRestored: 0 };
  if (refund.status !== "pending" || result.status === "pending") return unchanged;
  if (result.status === "succeeded") {
    await tx.refund.update({ where: { id: refund.id }, data: { status: "succeeded" } });
    return { ...unchanged, status: "succeeded" };
  }

  const now = ctx.clock.now();
  const { payment } = refund;
  await tx.refund.update({ where: { id: refund.id }, data: { status: "failed" } });
  const updatedPayment = await tx.payment.update({ where: { id: payment.id }, data: { amountRefunded: { decrement: refund.amount } } });
  if (refund.countsOnInvoice) await tx.invoice.update({ where: { id: payment.invoiceId }, data: { amountRefunded: { decrement: refund.amount } } });
  if (refund.creditNoteId) {
    await tx.creditNote.updateMany({ where: { id: refund.creditNoteId, status: "issued" }, data: { status: "void", voidedAt: now } });
  }
  const { tokensRestored } = await refundFailedLines(tx, ctx, { userId: payment.invoice.userId, refundId: refund.id, now });
  await emit(
    tx,
    coreEvents.refundFailed,
    {
      refundId: refund.id,
      paymentId: payment.id,
      invoiceId: payment.invoiceId,
      provider: refund.provider,
      amount: refund.amount,
      amountRefunded: updatedPayment.amountRefunded,
      currency: refund.currency,
      creditNoteId: refund.creditNoteId,
      tokensRestored,
    },
    { tenantId: ctx.tenantId },
  );
  return { ...unchanged, status: "failed", tokensRestored };
}
