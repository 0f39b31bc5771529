import type { BillingContext } from "../context";
import { collectRenewal, type Collection } from "./collect";
import type { JobContext, SubscriptionDeps } from "./deps";
import { claimNext, type JobRunSummary } from "./job-claim";
import { CHARGE_LEASE_MS } from "./renewals";
import { transition } from "./transition";

/**
 * Retries what is due: past_due subscriptions at their nextRetryAt (charge the saved method off
 * session again, or for sent invoices check whether they were paid), and active ones whose
 * renewal charge never recorded an outcome (a crash) or whose sent invoice fell due. The row
 * gets a lease first so a second worker doesn't retry it at the same time; a success turns it
 * active (through fulfilment), a failure schedules the next retry or ends dunning.
 */
export async function runDunning(job: JobContext, deps: SubscriptionDeps, options: { limit?: number } = {}): Promise<JobRunSummary> {
  const summary: JobRunSummary = { processed: 0, failed: [] };
  const skip: string[] = [];
  for (let i = 0; i < (options.limit ?? 500); i += 1) {
    const now = job.clock.now();
    let claimedId: string | null = null;
    let collection: Collection | null = null;
    try {
      const done = await job.db.$transaction(async (tx) => {
        const subscription = await claimNext(tx, "dunning", now, skip);
        if (!subscription) return false;
        claimedId = subscription.id;
        const ctx: BillingContext = { db: job.db, tenantId: subscription.tenantId, clock: job.clock, actor: null };
        const tctx = { tenantId: ctx.tenantId, now, actor: null };
        const invoice = subscription.latestInvoiceId
          ? await tx.invoice.findFirst({ where: { id: subscription.latestInvoiceId, tenantId: subscription.tenantId }, include: { payments: true } })
          : null;
        if (!invoice || (invoice.status !== "open" && invoice.status !== "uncollectible")) {
          // Settled (or voided by an operator) elsewhere: nothing left to collect.
          await transition(tx, tctx, { subscription, patch: { nextRetryAt: null }, reason: "dunning_stopped" });
          return true;
        }
        const lease = new Date(now.getTime() + CHARGE_LEASE_MS);
        // Bookkeeping, not a business change (no event): this worker owns the attempt until the lease ends.
        await tx.subscription.update({ where: { id: subscription.id }, data: { nextRetryAt: lease } });
        // An asynchronous payment is still settling: its webhook decides; look again after the lease.
        if (invoice.payments.some((payment) => payment.status === "pending")) return true;
        collection = {
          tenantId: subscription.tenantId,
          subscriptionId: subscription.id,
          invoiceId: invoice.id,
          attempt: subscription.status === "past_due" ? subscription.dunningAttempts + 1 : 1,
          scheduledAt: subscription.nextRetryAt ?? now,
          kind: subscription.collectionMethod === "charge_automatically" ? "charge" : "check",
        };
        return true;
      });
      if (!done) break;
    } catch (error) {
      if (!claimedId) throw error;
      skip.push(claimedId);
      summary.failed.push(claimedId);
      console.error(`[billing] dunning subscription ${claimedId} failed:`, error instanceof Error ? error.message : error);
      continue;
    }
    summary.processed += 1;
    if (collection) await collectRenewal(job, deps, collection);
  }
  return summary;
}
