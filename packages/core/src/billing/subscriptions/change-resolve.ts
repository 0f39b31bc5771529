import type { DbOrTx } from "@tillbox/db";
import { DomainError } from "../../errors";
import { getBillingSettings } from "../settings/billing-settings";
import { billingPeriod, type RecurringInterval } from "./billing-period";
import type { ProrationBehavior, ResolvedSubscriptionChange } from "./proration";
import type { SubscriptionRow } from "./transition";

export interface ChangeRequest {
  subscriptionId: string;
  toPlanId: string;
  /** Defaults to now, truncated to the second (Stripe's proration_date is a Unix timestamp). */
  prorationDate?: Date;
  behavior?: ProrationBehavior;
  /** A downgrade waits for the period end unless this is set (an interval change doesn't wait by default: see billing settings). */
  immediate?: boolean;
}

export interface ResolvedChangePlan {
  subscription: SubscriptionRow;
  change: ResolvedSubscriptionChange;
  direction: "upgrade" | "downgrade";
  /** now: applied (and prorated) at prorationDate; period_end: scheduled as scheduledPlanId. */
  effective: "now" | "period_end";
  /** The billing interval changes (monthly ↔ yearly…): applied now, it restarts the cycle. */
  intervalChanges: boolean;
}

const changeable = new Set(["active", "trialing"]);

export function wholeSecond(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

/**
 * Reads everything a plan change depends on and checks it: the subscription (the owner's, when
 * ownerId is given) is active or trialing, the target plan is recurring, active and priced in the
 * subscription's currency, and the proration date lies in the current period, not before the last
 * plan change and not in the future.
 */
export async function resolveChange(db: DbOrTx, tenantId: string, now: Date, request: ChangeRequest, ownerId?: string): Promise<ResolvedChangePlan> {
  const subscription = await db.subscription.findFirst({ where: { id: request.subscriptionId, tenantId, ...(ownerId ? { userId: ownerId } : {}) } });
  if (!subscription) throw new DomainError("SUBSCRIPTION_NOT_FOUND", "No such subscription (field: subscriptionId).", "NOT_FOUND");
  if (!changeable.has(subscription.status)) {
    throw new DomainError("SUBSCRIPTION_NOT_CHANGEABLE", `A ${subscription.status} subscription can't change plans (field: subscriptionId).`, "CONFLICT");
  }
  if (request.toPlanId === subscription.planId) throw new DomainError("SAME_PLAN", "The subscription is already on this plan (field: toPlanId).");
  const [fromPlan, toPlan] = await Promise.all([
    db.plan.findFirst({ where: { id: subscription.planId, tenantId } }),
    db.plan.findFirst({
      where: { id: request.toPlanId, tenantId, status: "active" },
      include: { prices: { where: { currency: subscription.currency, active: true } }, category: true },
    }),
  ]);
  const price = toPlan?.prices[0];
  if (!fromPlan || !toPlan || toPlan.interval === "one_time" || !price) {
    throw new DomainError("PLAN_NOT_AVAILABLE", `This plan can't be subscribed to in ${subscription.currency} (field: toPlanId).`);
  }

  const at = wholeSecond(request.prorationDate ?? now);
  // Compared in whole seconds like `at`: a preview in the same second the period began (ms later) is valid.
  const lowest = wholeSecond(new Date(Math.max(subscription.currentPeriodStart.getTime(), subscription.planChangedAt?.getTime() ?? 0))).getTime();
  if (Number.isNaN(at.getTime()) || at.getTime() < lowest || at.getTime() >= subscription.currentPeriodEnd.getTime() || at.getTime() > now.getTime()) {
    throw new DomainError(
      "PRORATION_DATE_OUT_OF_RANGE",
      "prorationDate must lie in the current period, after the last plan change and not in the future; preview the change again (field: prorationDate).",
    );
  }
  const trialing = subscription.status === "trialing";
  const toInterval = toPlan.interval as RecurringInterval;
  const intervalChanges = toInterval !== fromPlan.interval || toPlan.intervalCount !== fromPlan.intervalCount;
  const newPeriod = intervalChanges ? billingPeriod(at, toInterval, toPlan.intervalCount, 0) : null;

  const change: ResolvedSubscriptionChange = {
    subscriptionId: subscription.id,
    currency: subscription.currency,
    quantity: subscription.quantity,
    fromPlanId: fromPlan.id,
    fromPlanName: fromPlan.name,
    fromUnitAmount: subscription.unitAmount,
    toPlanId: toPlan.id,
    toPlanName: toPlan.name,
    toUnitAmount: price.unitAmount,
    toInterval,
    toIntervalCount: toPlan.intervalCount,
    toSingleCategoryId: toPlan.category?.isSingle ? toPlan.category.id : null,
    periodStart: subscription.currentPeriodStart.toISOString(),
    periodEnd: subscription.currentPeriodEnd.toISOString(),
    prorationDate: at.toISOString(),
    behavior: request.behavior ?? "always_invoice",
    newPeriodEnd: newPeriod && !trialing ? newPeriod.end.toISOString() : null,
    trialing,
  };
  // Compare prices per unit of time: new/newLength < old/oldLength, cross-multiplied to stay exact.
  const oldLength = BigInt(subscription.currentPeriodEnd.getTime() - subscription.currentPeriodStart.getTime());
  const newLength = newPeriod ? BigInt(newPeriod.end.getTime() - newPeriod.start.getTime()) : oldLength;
  const direction = BigInt(price.unitAmount) * oldLength < BigInt(subscription.unitAmount) * newLength ? "downgrade" : "upgrade";
  // Stripe applies an interval change at once whatever the price: the cycle restarts and unused
  // time is credited. A tenant may keep cheaper-per-time interval changes for the period end.
  const deferrable = !intervalChanges || (await getBillingSettings(db, tenantId)).intervalChange === "downgrade_at_period_end";
  const effective = direction === "downgrade" && deferrable && !request.immediate && !trialing ? "period_end" : "now";
  return { subscription, change, direction, effective, intervalChanges };
}
