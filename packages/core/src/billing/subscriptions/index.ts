export { addIntervals, billingPeriod, periodIndexAt, type BillingPeriod, type RecurringInterval } from "./billing-period";
export { allowedTransitions, canTransition, liveStatuses, subscriptionStatuses, terminalStatuses, type SubscriptionStatus } from "./status-transitions";
export { lockSubscription, transition, type SubscriptionRow, type TransitionContext, type TransitionInput } from "./transition";
export { createPendingSubscription, type PendingSubscription, type PendingSubscriptionInput } from "./create-pending";
export { activatePaidInvoice, type PaidInvoiceRef } from "./activate";
export { grantPeriodTokens, grantReference } from "./grants";
export { prorationAmounts, prorationLines, type ProrationBehavior, type ResolvedSubscriptionChange } from "./proration";
export { prorationHandler } from "./proration-handler";
export { subscriptionCycleHandler, type ResolvedCycle } from "./cycle-handler";
export { resolveChange, type ChangeRequest } from "./change-resolve";
export { previewSubscriptionChange, type ChangeMode, type SubscriptionChangePreview } from "./change-preview";
export {
  applyChangeResultSchema,
  mySubscriptionSchema,
  subscriptionChangePreviewSchema,
  subscriptionSchema,
  type MySubscription,
  type SubscriptionView,
} from "./subscription-output";
export { applySubscriptionChange, type ApplyChangeInput, type ApplyChangeResult } from "./change-apply";
export { cancelScheduledChange, cancelSubscription, pauseSubscription, resumeSubscription } from "./lifecycle";
export { runDueRenewals, CHARGE_LEASE_MS } from "./renewals";
export { runDunning } from "./dunning";
export { recordCollectionFailure, collectRenewal, type Collection } from "./collect";
export { markCollectionFailed, notifyCollectionFailure, recordAsyncCollectionFailure, type FailedAttempt, type RecordedFailure } from "./collection-failure";
export { runTrialReminders } from "./trial-reminders";
export { expireIncompleteSubscriptions } from "./expire-incomplete";
export { INCOMPLETE_EXPIRY_MS, type JobRunSummary } from "./job-claim";
export type { JobContext, SubscriptionDeps } from "./deps";
export { getSubscription, listMySubscriptions, listSubscriptions, subscriptionListSchema, type SubscriptionListInput } from "./queries";
export { createSubscriptionFunctions, type SubscriptionDepsFactory } from "./functions";
