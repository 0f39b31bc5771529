import { Badge } from "@tillbox/ui";
import { formatDate, perInterval } from "../intervals";
import { Money } from "../money";
import type { MySubscription } from "../types";
import { ScheduledChangeNotice } from "./scheduled-change-notice";
import { SubscriptionActions } from "./subscription-actions";
import { statusLabel, statusVariants } from "./subscription-status";

/** The sentence a customer wants first: when it renews, ends or what it waits for. */
function timeline(subscription: MySubscription): string {
  const end = formatDate(subscription.currentPeriodEnd);
  if (subscription.status === "trialing") return subscription.cancelAtPeriodEnd ? `Trial ends on ${formatDate(subscription.trialEnd)}; it won't renew.` : `Free trial until ${formatDate(subscription.trialEnd)}; then it renews.`;
  if (subscription.status === "incomplete") return "Waiting for the first payment. If it failed, cancel this order and check out again.";
  if (subscription.status === "paused") return `Paused since ${formatDate(subscription.pausedAt)}: no renewals or charges until you resume.`;
  if (subscription.status === "past_due") return "The last renewal payment failed; we retry it. Check your payment method.";
  if (subscription.status === "unpaid") return "Renewal payments failed; pay the open invoice to reactivate.";
  if (subscription.status === "canceled" || subscription.status === "incomplete_expired") return `Ended on ${formatDate(subscription.endedAt ?? subscription.canceledAt)}.`;
  return subscription.cancelAtPeriodEnd ? `Ends on ${end}; it won't renew.` : `Renews on ${end}.`;
}

export function SubscriptionItem({ subscription }: { subscription: MySubscription }) {
  const { plan } = subscription;
  const ended = subscription.status === "canceled" || subscription.status === "incomplete_expired";
  return (
    <li className="grid gap-3 rounded-lg border border-border p-4" data-testid={`subscription-${plan.slug}`}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1">
          <p className="flex flex-wrap items-center gap-2 font-medium">
            {plan.name}
            <Badge variant={statusVariants[subscription.status] ?? "outline"} data-testid="subscription-status">{statusLabel(subscription.status)}</Badge>
            {subscription.cancelAtPeriodEnd && !ended ? <Badge variant="warning">cancels at period end</Badge> : null}
          </p>
          <p className="text-sm text-muted-foreground">
            <Money amount={subscription.unitAmount * subscription.quantity} currency={subscription.currency} /> {perInterval(plan.interval, plan.intervalCount)}
            {subscription.quantity > 1 ? ` · quantity ${subscription.quantity}` : null}
          </p>
        </div>
        {ended ? null : (
          <p className="text-sm text-muted-foreground">
            Current period: {formatDate(subscription.currentPeriodStart)} – {formatDate(subscription.currentPeriodEnd)}
          </p>
        )}
      </div>
      <p className="text-sm">{timeline(subscription)}</p>
      {subscription.scheduledPlan && !ended ? <ScheduledChangeNotice subscription={{ ...subscription, scheduledPlan: subscription.scheduledPlan }} /> : null}
      {ended ? null : <SubscriptionActions subscription={subscription} />}
    </li>
  );
}
