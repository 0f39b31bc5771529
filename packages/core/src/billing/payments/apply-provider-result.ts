import type { Tx } from "@tillbox/db";
import { coreEvents, emit } from "@tillbox/events";
import { DomainError } from "../../errors";
import type { BillingContext } from "../context";
import { releaseLines } from "../sellables/line-steps";
import { fulfilOrQueue } from "./fulfil-or-queue";
import { openPaymentIssue } from "./payment-issues";
import type { ProviderPaymentResult } from "./provider-contract";
import { saveMethod } from "./save-method";

/**
 * Records what the provider says about one of our payments, in the caller's transaction.
 * succeeded is terminal (a late "failed" webhook can't undo it); a failed payment may still turn
 * succeeded (the customer completed 3-D Secure later). A capture whose amount or currency differs
 * from ours is not trusted: the payment stays pending with failureCode amount_mismatch and a
 * payment issue for an operator. A success fulfils the invoice in the same transaction, and a
 * fulfilment that fails does not fail the recording (fulfilOrQueue). previousStatus lets callers
 * tell a new failure from one already recorded; invoiceStatus is the invoice's status when the
 * transaction ends. A settled payment leaves the recovery sweep (checkAfter null).
 */
export async function applyProviderResult(tx: Tx, ctx: BillingContext, paymentId: string, result: ProviderPaymentResult) {
  // Lock order invoice → payment everywhere (fulfilment, refunds), so they can't deadlock.
  const head = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "billing_invoice"
    WHERE "id" = (SELECT "invoice_id" FROM "billing_payment" WHERE "id" = ${paymentId}::uuid AND "tenant_id" = ${ctx.tenantId}) FOR UPDATE`;
  if (head.length === 0) throw new DomainError("PAYMENT_NOT_FOUND", "No such payment (field: paymentId).", "NOT_FOUND");
  await tx.$queryRaw`SELECT "id" FROM "billing_payment" WHERE "id" = ${paymentId}::uuid FOR UPDATE`;
  const payment = await tx.payment.findFirst({
    where: { id: paymentId, tenantId: ctx.tenantId },
    include: { invoice: { include: { lines: { orderBy: { position: "asc" } } } } },
  });
  if (!payment) throw new DomainError("PAYMENT_NOT_FOUND", "No such payment (field: paymentId).", "NOT_FOUND");
  const { invoice } = payment;
  const now = ctx.clock.now();
  const base = { providerPaymentId: result.providerPaymentId || payment.providerPaymentId, nextActionUrl: result.nextActionUrl ?? null };

  const mismatch =
    result.status === "succeeded" &&
    ((result.amountCaptured !== undefined && result.amountCaptured !== payment.amount) ||
      (result.currency !== undefined && result.currency.toUpperCase() !== payment.currency.toUpperCase()));
  if (mismatch) {
    const reported = `${result.amountCaptured ?? "?"} ${result.currency ?? ""}`.trim();
    const updated = await tx.payment.update({
      where: { id: payment.id },
      data: { ...base, failureCode: "amount_mismatch", failureMessage: `Provider reported ${reported}`, checkAfter: null },
    });
    const message = `The provider reports capturing ${reported} where ${payment.amount} ${payment.currency} was asked; the invoice stays open until an operator checks it.`;
    await openPaymentIssue(tx, ctx, "amount_mismatch", { invoice, payment }, message);
    return { payment: updated, status: updated.status, fulfilled: false, previousStatus: payment.status, invoiceStatus: invoice.status };
  }
  // Already settled (its recording fulfilled it, or queued it, in that same transaction).
  if (payment.status === "succeeded")
    return { payment, status: payment.status, fulfilled: false, previousStatus: payment.status, invoiceStatus: invoice.status };

  const methodId = result.savedMethod
    ? await saveMethod(tx, ctx, payment.invoice.userId, payment.provider, result.savedMethod, subscriptionIdsOf(payment.invoice))
    : null;
  const updated = await tx.payment.update({
    where: { id: payment.id },
    data: {
      ...base,
      status: result.status,
      paymentMethodId: methodId ?? payment.paymentMethodId,
      failureCode: result.status === "failed" || result.status === "canceled" ? (result.failureCode ?? result.status) : null,
      failureMessage: result.failureMessage ?? null,
      capturedAt: result.status === "succeeded" ? now : null,
      ...(result.status === "pending" || result.status === "requires_action" ? {} : { checkAfter: null }),
    },
  });
  if (result.status === "succeeded") {
    await emit(
      tx,
      coreEvents.paymentCaptured,
      {
        paymentId: payment.id,
        invoiceId: payment.invoiceId,
        provider: payment.provider,
        amount: payment.amount,
        currency: payment.currency,
      },
      { tenantId: ctx.tenantId },
    );
    const { fulfilled, invoiceStatus } = await fulfilOrQueue(tx, ctx, invoice, payment);
    return { payment: updated, status: updated.status, fulfilled, previousStatus: payment.status, invoiceStatus };
  }
  if ((result.status === "failed" || result.status === "canceled") && payment.status !== "failed" && payment.status !== "canceled") {
    // What checkout reserved goes back (a seat to stock); paying the open invoice later takes it again.
    await releaseLines(tx, ctx, invoice, "payment_failed", now);
    await emit(
      tx,
      coreEvents.paymentFailed,
      {
        paymentId: payment.id,
        invoiceId: payment.invoiceId,
        subscriptionId: payment.invoice.subscriptionId,
        billingReason: payment.invoice.billingReason,
        provider: payment.provider,
        amount: payment.amount,
        currency: payment.currency,
        failureCode: updated.failureCode,
      },
      { tenantId: ctx.tenantId },
    );
  }
  return { payment: updated, status: updated.status, fulfilled: false, previousStatus: payment.status, invoiceStatus: invoice.status };
}

/** The subscriptions an invoice pays for: its own and those its plan lines name. */
export function subscriptionIdsOf(invoice: { subscriptionId: string | null; lines: { refs: unknown }[] }): string[] {
  const ids = new Set<string>();
  if (invoice.subscriptionId) ids.add(invoice.subscriptionId);
  for (const line of invoice.lines) {
    const id = (line.refs as Record<string, unknown> | null)?.subscriptionId;
    if (typeof id === "string") ids.add(id);
  }
  return [...ids];
}
