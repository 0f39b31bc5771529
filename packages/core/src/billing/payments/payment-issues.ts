import type { Tx } from "@tillbox/db";
import { coreEvents, emit } from "@tillbox/events";
import type { BillingContext } from "../context";

export const PAYMENT_ISSUE_KINDS = ["fulfilment_failed", "invoice_not_payable", "duplicate_payment", "amount_mismatch"] as const;
export type PaymentIssueKind = (typeof PAYMENT_ISSUE_KINDS)[number];
export const PAYMENT_ISSUE_RESOLUTIONS = ["fulfilled", "refunded", "dismissed"] as const;
export type PaymentIssueResolution = (typeof PAYMENT_ISSUE_RESOLUTIONS)[number];

/** Delays between automatic fulfilment retries; after the last one only an operator retries. */
export const FULFILMENT_RETRY_DELAYS_MS = [60_000, 10 * 60_000, 60 * 60_000, 6 * 60 * 60_000] as const;

interface IssueSubject {
  invoice: { id: string; userId: string };
  payment: { id: string; amount: number; currency: string };
}

/** A short, single-line reason for operators; never a stack trace. */
export function describeFailure(error: unknown): string {
  const text = error instanceof Error ? `${error.name === "DomainError" ? "" : `${error.name}: `}${error.message}` : String(error);
  return text.replace(/\s+/g, " ").trim().slice(0, 500) || "Unknown error";
}

/**
 * Queues money that could not become what it bought for an operator, in the caller's transaction,
 * with payment_issue.opened. One issue per payment and kind: recording the same payment again
 * (a webhook after a capture) updates the message instead of opening a second one.
 */
export async function openPaymentIssue(tx: Tx, ctx: BillingContext, kind: PaymentIssueKind, subject: IssueSubject, message: string) {
  const now = ctx.clock.now();
  const nextRetryAt = kind === "fulfilment_failed" ? new Date(now.getTime() + FULFILMENT_RETRY_DELAYS_MS[0]) : null;
  const existing = await tx.paymentIssue.findUnique({ where: { paymentId_kind: { paymentId: subject.payment.id, kind } } });
  if (existing) return tx.paymentIssue.update({ where: { id: existing.id }, data: { message, updatedAt: now } });
  const issue = await tx.paymentIssue.create({
    data: {
      tenantId: ctx.tenantId,
      invoiceId: subject.invoice.id,
      paymentId: subject.payment.id,
      userId: subject.invoice.userId,
      kind,
      message,
      nextRetryAt,
      createdAt: now,
      updatedAt: now,
    },
  });
  console.error(`[billing] payment ${subject.payment.id} needs an operator (${kind}): ${message}`);
  await emit(
    tx,
    coreEvents.paymentIssueOpened,
    {
      issueId: issue.id,
      kind,
      invoiceId: subject.invoice.id,
      paymentId: subject.payment.id,
      userId: subject.invoice.userId,
      amount: subject.payment.amount,
      currency: subject.payment.currency,
      message,
    },
    { tenantId: ctx.tenantId },
  );
  return issue;
}

/** Closes an open issue with its resolution and payment_issue.resolved, in the caller's transaction; a closed one is left as it is. */
export async function closePaymentIssue(
  tx: Tx,
  ctx: BillingContext,
  issue: { id: string; kind: string; invoiceId: string; paymentId: string },
  resolution: PaymentIssueResolution,
  extra: { note?: string | null; resolvedBy?: string | null; attempts?: number } = {},
): Promise<boolean> {
  const now = ctx.clock.now();
  const { count } = await tx.paymentIssue.updateMany({
    where: { id: issue.id, tenantId: ctx.tenantId, status: "open" },
    data: {
      status: "resolved",
      resolution,
      resolvedAt: now,
      updatedAt: now,
      nextRetryAt: null,
      note: extra.note ?? null,
      resolvedBy: extra.resolvedBy ?? null,
      ...(extra.attempts !== undefined ? { attempts: extra.attempts } : {}),
    },
  });
  if (count === 0) return false;
  await emit(
    tx,
    coreEvents.paymentIssueResolved,
    {
      issueId: issue.id,
      kind: issue.kind,
      invoiceId: issue.invoiceId,
      paymentId: issue.paymentId,
      resolution,
    },
    { tenantId: ctx.tenantId },
  );
  return true;
}
