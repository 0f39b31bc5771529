import type { DbOrTx, Prisma, Tx } from "@tillbox/db";
import { getBillingSettings } from "../settings/billing-settings";
import type { SubscriptionDeps } from "./deps";
import { sendDunningFinal, sendPaymentFailed } from "./notify";
import { lockSubscription, transition, type SubscriptionRow } from "./transition";

const DAY_MS = 86_400_000;

/** One failed collection attempt of a subscription's open invoice. */
export interface FailedAttempt {
  tenantId: string;
  subscriptionId: string;
  invoiceId: string;
  /** 1 for the renewal's own charge, 2… for dunning retries. */
  attempt: number;
  /** When this attempt was due by the schedule (the retry schedule counts from it, not from run time). */
  scheduledAt: Date;
}

export interface RecordedFailure {
  row: SubscriptionRow;
  invoice: Prisma.InvoiceModel;
  /** Set when the retries are used up: the status dunning ended in. */
  final: "canceled" | "unpaid" | null;
  retryAt: Date | null;
}

/**
 * In the caller's transaction: past_due with the next retry from BillingSettings.dunningRetryDays
 * (days after the first failure: {1,3,5,7} retries on days 1, 3, 5 and 7), or, when the retries
 * are used up, dunningFinalStatus (canceled or unpaid). An invoice paid in the meantime, or one
 * that is no longer the subscription's latest, wins: nothing is recorded (null). Used by the
 * renewal/dunning jobs (synchronous declines) and by provider webhooks (asynchronous ones).
 */
export async function markCollectionFailed(tx: Tx, failure: FailedAttempt, now: Date): Promise<RecordedFailure | null> {
  const { dunningRetryDays: days, dunningFinalStatus: finalStatus } = await getBillingSettings(tx, failure.tenantId);
  const subscription = await lockSubscription(tx, failure.tenantId, failure.subscriptionId);
  const invoice = await tx.invoice.findFirst({ where: { id: failure.invoiceId, tenantId: failure.tenantId } });
  const stillOwed = invoice && (invoice.status === "open" || invoice.status === "uncollectible");
  if (!stillOwed || subscription.latestInvoiceId !== invoice.id || !["active", "past_due"].includes(subscription.status)) return null;
  const tctx = { tenantId: failure.tenantId, now, actor: null };
  const failures = failure.attempt;
  if (failures > days.length) {
    const patch = {
      dunningAttempts: failures,
      nextRetryAt: null,
      ...(finalStatus === "canceled" ? { canceledAt: now, endedAt: now, cancelAtPeriodEnd: false } : {}),
    };
    const row = await transition(tx, tctx, { subscription, to: finalStatus, patch, reason: "dunning_exhausted" });
    return { row, invoice, final: finalStatus, retryAt: null };
  }
  // days[k-1] after the first failure; the first failure is this attempt when failures = 1.
  const firstFailure = failures === 1 ? failure.scheduledAt : new Date(failure.scheduledAt.getTime() - days[failures - 2]! * DAY_MS);
  const retryAt = new Date(firstFailure.getTime() + days[failures - 1]! * DAY_MS);
  const row = await transition(tx, tctx, {
    subscription,
    to: "past_due",
    patch: { dunningAttempts: failures, nextRetryAt: retryAt },
    reason: failures === 1 ? "payment_failed" : "payment_retry_failed",
    details: { invoiceId: invoice.id, attempt: failures, nextRetryAt: retryAt },
  });
  return { row, invoice, final: null, retryAt };
}

/** After the commit: "we'll retry on …", or the final "canceled / unpaid" email. */
export async function notifyCollectionFailure(db: DbOrTx, deps: SubscriptionDeps, recorded: RecordedFailure): Promise<void> {
  if (recorded.final) await sendDunningFinal(db, deps, recorded.row, recorded.final, recorded.invoice);
  else await sendPaymentFailed(db, deps, recorded.row, recorded.invoice, recorded.retryAt!);
}

/**
 * A renewal or dunning charge that the provider reported failed later, by webhook (the job saw it
 * pending and recorded nothing): the same bookkeeping as a synchronous decline, in the webhook's
 * transaction. The attempt follows the subscription's count; the payment's creation (when the job
 * charged) stands in for the scheduled time the synchronous path knows.
 */
export async function recordAsyncCollectionFailure(
  tx: Tx,
  payment: { tenantId: string; invoiceId: string; createdAt: Date },
  now: Date,
): Promise<RecordedFailure | null> {
  const invoice = await tx.invoice.findFirst({ where: { id: payment.invoiceId, tenantId: payment.tenantId } });
  if (!invoice?.subscriptionId || invoice.billingReason !== "subscription_cycle") return null;
  const subscription = await lockSubscription(tx, payment.tenantId, invoice.subscriptionId);
  const attempt = subscription.status === "past_due" ? subscription.dunningAttempts + 1 : 1;
  return markCollectionFailed(
    tx,
    { tenantId: payment.tenantId, subscriptionId: subscription.id, invoiceId: invoice.id, attempt, scheduledAt: payment.createdAt },
    now,
  );
}
