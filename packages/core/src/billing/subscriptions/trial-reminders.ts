import type { JobContext } from "./deps";
import { claimNext, type JobRunSummary } from "./job-claim";
import { transition } from "./transition";

/**
 * Emits subscription.trial_will_end once per trial, trialReminderDays (3 by default) before it
 * ends — or at once for a trial shorter than that, as Stripe does. trialReminderSentAt makes it once.
 */
export async function runTrialReminders(job: JobContext, options: { limit?: number } = {}): Promise<JobRunSummary> {
  const summary: JobRunSummary = { processed: 0, failed: [] };
  for (let i = 0; i < (options.limit ?? 1000); i += 1) {
    const now = job.clock.now();
    const done = await job.db.$transaction(async (tx) => {
      const subscription = await claimNext(tx, "trial_reminder", now);
      if (!subscription) return false;
      await transition(
        tx,
        { tenantId: subscription.tenantId, now, actor: null },
        {
          subscription,
          patch: { trialReminderSentAt: now },
          reason: "trial_will_end",
          event: "trial_will_end",
        },
      );
      return true;
    });
    if (!done) break;
    summary.processed += 1;
  }
  return summary;
}
