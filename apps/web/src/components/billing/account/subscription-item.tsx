import { useMessages, type Translate } from "@tillbox/plugin-sdk/ui";
import { Badge } from "@tillbox/ui";
import { Money } from "../money";
import type { MySubscription } from "../types";
import { useBillingFormat } from "../use-billing-format";
import { ScheduledChangeNotice } from "./scheduled-change-notice";
import { SubscriptionActions } from "./subscription-actions";
import { statusVariants } from "./subscription-status";

/** The sentence a customer wants first: when it renews, ends or what it waits for. */
function timeline(subscription: MySubscription, t: Translate, formatDate: (value: Date | null) => string): string {
  const end = formatDate(subscription.currentPeriodEnd);
  if (subscription.status === "trialing")
    return t(subscription.cancelAtPeriodEnd ? "trialEndsNoRenew" : "trialThenRenews", { date: formatDate(subscription.trialEnd) });
  if (subscription.status === "incomplete") return t("waitingFirstPayment");
  if (subscription.status === "paused") return t("pausedSince", { date: formatDate(subscription.pausedAt) });
  if (subscription.status === "past_due") return t("pastDue");
  if (subscription.status === "unpaid") return t("unpaid");
  if (subscription.status === "canceled" || subscription.status === "incomplete_expired")
    return t("endedOn", { date: formatDate(subscription.endedAt ?? subscription.canceledAt) });
  return t(subscription.cancelAtPeriodEnd ? "endsNoRenew" : "renewsOn", { date: end });
}

export function SubscriptionItem({ subscription }: { subscription: MySubscription }) {
  const { plan } = subscription;
  const { t } = useMessages("app.billing");
  const format = useBillingFormat();
  const ended = subscription.status === "canceled" || subscription.status === "incomplete_expired";
  return (
    <li className="grid gap-3 rounded-lg border border-border p-4" data-testid={`subscription-${plan.slug}`}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1">
          <p className="flex flex-wrap items-center gap-2 font-medium">
            {plan.name}
            <Badge variant={statusVariants[subscription.status] ?? "outline"} data-testid="subscription-status">
              {t("status", { status: subscription.status })}
            </Badge>
            {subscription.cancelAtPeriodEnd && !ended ? <Badge variant="warning">{t("cancelsAtPeriodEnd")}</Badge> : null}
          </p>
          <p className="text-sm text-muted-foreground">
            <Money amount={subscription.unitAmount * subscription.quantity} currency={subscription.currency} />{" "}
            {format.perInterval(plan.interval, plan.intervalCount)}
            {subscription.quantity > 1 ? t("quantity", { quantity: subscription.quantity }) : null}
          </p>
        </div>
        {ended ? null : (
          <p className="text-sm text-muted-foreground">
            {t("currentPeriod", { start: format.date(subscription.currentPeriodStart), end: format.date(subscription.currentPeriodEnd) })}
          </p>
        )}
      </div>
      <p className="text-sm">{timeline(subscription, t, format.date)}</p>
      {subscription.scheduledPlan && !ended ? <ScheduledChangeNotice subscription={{ ...subscription, scheduledPlan: subscription.scheduledPlan }} /> : null}
      {ended ? null : <SubscriptionActions subscription={subscription} />}
    </li>
  );
}
