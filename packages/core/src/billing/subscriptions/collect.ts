import { DomainError } from "../../errors";
import type { BillingContext } from "../context";
import { chargeInvoice } from "../payments/charge-invoice";
import { getBillingSettings } from "../settings/billing-settings";
import type { JobContext, SubscriptionDeps } from "./deps";
import { sendDunningFinal, sendPaymentFailed, sendSubscriptionInvoice } from "./notify";
import { savedMethodOf } from "./saved-method";
import { lockSubscription, transition } from "./transition";

const DAY_MS = 86_400_000;

/** A collection attempt decided inside a job's transaction and carried out after its commit. */
export interface Collection {
  tenantId: string;
  subscriptionId: string;
  invoiceId: string;
  /** 1 for the renewal's own charge, 2… for dunning retries. */
  attempt: number;
  /** When this attempt was due by the schedule (the retry schedule counts from it, not from run time). */
  scheduledAt: Date;
  /** charge: off-session charge of the saved method; send: email the invoice; check: a sent invoice's due date passed. */
  kind: "charge" | "send" | "check";
}

export type CollectionOutcome = "paid" | "pending" | "failed" | "sent";

/** Charges (or sends) outside any transaction, then records a failure for dunning. */
export async function collectRenewal(job: JobContext, deps: SubscriptionDeps, collection: Collection): Promise<CollectionOutcome> {
  const ctx: BillingContext = { db: job.db, tenantId: collection.tenantId, clock: job.clock, actor: null };
  if (collection.kind === "send") {
    await sendSubscriptionInvoice(job.db, deps, collection.invoiceId);
    return "sent";
  }
  if (collection.kind === "charge") {
    const subscription = await job.db.subscription.findUniqueOrThrow({ where: { id: collection.subscriptionId } });
    const outcome = await chargeInvoice(ctx, deps.payments, collection.invoiceId, {
      savedMethod: await savedMethodOf(job.db, subscription), offSession: true,
      // One key per attempt: a crashed and retried job never charges an attempt twice.
      idempotencyKey: `renewal:${collection.invoiceId}:attempt:${collection.attempt}`,
    }).catch((error: unknown) => ({ status: "failed" as const, failureCode: error instanceof DomainError ? error.code.toLowerCase() : "charge_error" }));
    if (outcome.status === "succeeded" || outcome.status === "paid") return "paid";
    // Asynchronous methods settle by webhook; dunning looks again at the next retry date.
    if (outcome.status === "pending") return "pending";
  }
  return recordCollectionFailure(job, deps, collection);
}

/**
 * A failed attempt: past_due with the next retry from BillingSettings.dunningRetryDays (days
 * after the first failure: {1,3,5,7} retries on days 1, 3, 5 and 7), and a "we'll retry on …"
 * email. When the retries are used up the subscription becomes dunningFinalStatus (canceled or
 * unpaid) and the customer is told. An invoice paid in the meantime wins: nothing is recorded.
 */
export async function recordCollectionFailure(job: JobContext, deps: SubscriptionDeps, collection: Collection): Promise<CollectionOutcome> {
  const settings = await getBillingSettings(job.db, collection.tenantId);
  const days = settings.dunningRetryDays;
  const result = await job.db.$transaction(async (tx) => {
    const subscription = await lockSubscription(tx, collection.tenantId, collection.subscriptionId);
    const invoice = await tx.invoice.findFirst({ where: { id: collection.invoiceId, tenantId: collection.tenantId } });
    const stillOwed = invoice && (invoice.status === "open" || invoice.status === "uncollectible");
    if (!stillOwed || subscription.latestInvoiceId !== invoice.id || !["active", "past_due"].includes(subscription.status)) return null;
    const now = job.clock.now();
    const tctx = { tenantId: collection.tenantId, now, actor: null };
    const failures = collection.attempt;
    if (failures > days.length) {
      const final = settings.dunningFinalStatus;
      const patch = { dunningAttempts: failures, nextRetryAt: null, ...(final === "canceled" ? { canceledAt: now, endedAt: now, cancelAtPeriodEnd: false } : {}) };
      const row = await transition(tx, tctx, { subscription, to: final, patch, reason: "dunning_exhausted" });
      return { row, invoice, final, retryAt: null };
    }
    // days[k-1] after the first failure; the first failure is this attempt when failures = 1.
    const firstFailure = failures === 1 ? collection.scheduledAt : new Date(collection.scheduledAt.getTime() - days[failures - 2]! * DAY_MS);
    const retryAt = new Date(firstFailure.getTime() + days[failures - 1]! * DAY_MS);
    const row = await transition(tx, tctx, {
      subscription, to: "past_due", patch: { dunningAttempts: failures, nextRetryAt: retryAt }, reason: failures === 1 ? "payment_failed" : "payment_retry_failed",
      details: { invoiceId: invoice.id, attempt: failures, nextRetryAt: retryAt },
    });
    return { row, invoice, final: null, retryAt };
  });
  if (!result) return "paid";
  if (result.final) await sendDunningFinal(job.db, deps, result.row, result.final, result.invoice);
  else await sendPaymentFailed(job.db, deps, result.row, result.invoice, result.retryAt!);
  return "failed";
}
