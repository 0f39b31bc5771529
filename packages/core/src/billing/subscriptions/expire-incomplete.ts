import type { BillingContext } from "../context";
import type { JobContext } from "./deps";
import { voidFirstInvoices } from "./invoice-helpers";
import { claimNext, type JobRunSummary } from "./job-claim";
import { transition } from "./transition";

/**
 * incomplete → incomplete_expired 23 hours after creation without a paid first invoice (Stripe's
 * rule), which frees the customer's single-category slot; the unpaid first invoice is voided.
 */
export async function expireIncompleteSubscriptions(job: JobContext, options: { limit?: number } = {}): Promise<JobRunSummary> {
  const summary: JobRunSummary = { processed: 0, failed: [] };
  for (let i = 0; i < (options.limit ?? 1000); i += 1) {
    const now = job.clock.now();
    const expired = await job.db.$transaction(async (tx) => {
      const subscription = await claimNext(tx, "incomplete_expiry", now);
      if (!subscription) return null;
      await transition(
        tx,
        { tenantId: subscription.tenantId, now, actor: null },
        {
          subscription,
          to: "incomplete_expired",
          patch: { endedAt: now },
          reason: "incomplete_expired",
        },
      );
      return subscription;
    });
    if (!expired) break;
    const ctx: BillingContext = { db: job.db, tenantId: expired.tenantId, clock: job.clock, actor: null };
    await voidFirstInvoices(ctx, expired.id, "first payment not made within 23 hours");
    summary.processed += 1;
  }
  return summary;
}
