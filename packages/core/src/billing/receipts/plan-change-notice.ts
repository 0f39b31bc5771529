import type { Db } from "@tillbox/db";
import type { coreEvents, EventPayload, StepTools, TillboxEvent } from "@tillbox/events";
import { formatDate } from "./receipt-content";
import { portalUrl, sendReceipt, type ReceiptDeps } from "./send-receipt";

type SubscriptionUpdated = EventPayload<typeof coreEvents.subscriptionUpdated>;

/**
 * A downgrade scheduled for the period end (subscription.updated, reason downgrade_scheduled) →
 * "your plan changes to X on DATE". Nothing is paid then, so it is a confirmation, not a receipt;
 * the receipt follows with the renewal on the new plan. Read when the mail goes out: a change
 * released meanwhile is not confirmed.
 */
export async function sendPlanChangeScheduled(db: Db, deps: ReceiptDeps, step: StepTools, event: TillboxEvent<SubscriptionUpdated>) {
  if (event.data.reason !== "downgrade_scheduled") return { skipped: "not a scheduled plan change" };
  const subscription = await db.subscription.findFirst({
    where: { id: event.data.subscriptionId, tenantId: event.tenantId },
    select: { userId: true, planId: true, scheduledPlanId: true, currentPeriodEnd: true, status: true },
  });
  if (!subscription?.scheduledPlanId || subscription.status === "canceled") return { skipped: "no plan change is scheduled any more" };
  const plans = await db.plan.findMany({
    where: { tenantId: event.tenantId, id: { in: [subscription.planId, subscription.scheduledPlanId] } },
    select: { id: true, name: true },
  });
  const name = (id: string) => plans.find((plan) => plan.id === id)?.name ?? "";
  return sendReceipt(db, deps, step, {
    tenantId: event.tenantId,
    userId: subscription.userId,
    template: "plan-change-scheduled",
    data: (locale) => ({
      planName: name(subscription.scheduledPlanId!),
      currentPlanName: name(subscription.planId),
      date: formatDate(subscription.currentPeriodEnd, locale),
      url: portalUrl(deps, "/account/billing"),
    }),
  });
}
