import type { Prisma } from "@tillbox/db";
import type { ResolvedSubscriptionChange } from "./proration";

/**
 * The columns a plan change writes: the new plan at the price resolved with the change, no
 * scheduled change left, and — when the interval changes — a new cycle anchored at the
 * proration date (Stripe resets billing_cycle_anchor then).
 */
export function planChangePatch(change: ResolvedSubscriptionChange): Prisma.SubscriptionUncheckedUpdateInput {
  const at = new Date(change.prorationDate);
  return {
    planId: change.toPlanId,
    unitAmount: change.toUnitAmount,
    singleCategoryId: change.toSingleCategoryId,
    scheduledPlanId: null,
    planChangedAt: at,
    ...(change.newPeriodEnd && !change.trialing
      ? { billingCycleAnchor: at, periodIndex: 0, currentPeriodStart: at, currentPeriodEnd: new Date(change.newPeriodEnd) }
      : {}),
  };
}
