/**
 * The subscription lifecycle, after Stripe's documented statuses. This table is the only place
 * that says which status may follow which; transition() refuses everything else. An edge to the
 * same status is a field change (plan, period, flags), allowed for every non-terminal status.
 */
export type SubscriptionStatus = "incomplete" | "incomplete_expired" | "trialing" | "active" | "past_due" | "paused" | "canceled" | "unpaid";

export const subscriptionStatuses: readonly SubscriptionStatus[] = [
  "incomplete",
  "incomplete_expired",
  "trialing",
  "active",
  "past_due",
  "paused",
  "canceled",
  "unpaid",
];

export const allowedTransitions: Readonly<Record<SubscriptionStatus, readonly SubscriptionStatus[]>> = {
  incomplete: [
    // The first invoice was paid (checkout capture or a later successful attempt).
    "active",
    // A trial's payment method setup was confirmed (the zero first invoice is paid): the trial runs.
    "trialing",
    // 23 hours passed without a successful first payment; the first invoice is voided.
    "incomplete_expired",
    // The customer or an operator gave up on it before paying.
    "canceled",
  ],
  // Terminal: a new checkout makes a new subscription.
  incomplete_expired: [],
  trialing: [
    // The trial ended and the first period began (its invoice is being charged).
    "active",
    // The trial ended and charging the first period failed: dunning starts.
    "past_due",
    // Canceled during the trial, now or at its end (cancel_at_period_end).
    "canceled",
  ],
  active: [
    // A renewal charge (or the due date of a sent invoice) failed.
    "past_due",
    // Collection paused (pause_collection): no renewals until resumed.
    "paused",
    // Canceled now, or at the period end it was scheduled for.
    "canceled",
  ],
  past_due: [
    // A retry, a webhook or a manual "mark paid" settled the open invoice.
    "active",
    // Retries ran out and the tenant's dunningFinalStatus is canceled; or canceled by hand.
    "canceled",
    // Retries ran out and the tenant's dunningFinalStatus is unpaid: the invoice stays open.
    "unpaid",
  ],
  paused: [
    // Resumed: collection continues from the period containing the resume time.
    "active",
    // Canceled while paused.
    "canceled",
  ],
  unpaid: [
    // The open invoice was paid after all.
    "active",
    // Given up: canceled by an operator, the customer, or at the period end.
    "canceled",
  ],
  // Terminal: canceled subscriptions are never reactivated (Stripe: create a new one).
  canceled: [],
};

export const terminalStatuses: ReadonlySet<SubscriptionStatus> = new Set(["incomplete_expired", "canceled"]);

/** Statuses that hold the customer's single-category slot (mirrors the partial unique index in 0006). */
export const liveStatuses: readonly SubscriptionStatus[] = ["incomplete", "trialing", "active", "past_due", "paused", "unpaid"];

export function canTransition(from: SubscriptionStatus, to: SubscriptionStatus): boolean {
  if (from === to) return !terminalStatuses.has(from);
  return allowedTransitions[from].includes(to);
}
