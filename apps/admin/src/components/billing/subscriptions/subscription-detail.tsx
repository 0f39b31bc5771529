"use client";

import { useQuery } from "@tanstack/react-query";
import { Alert, AlertDescription, AlertTitle, Button, Card, CardContent, CardHeader, CardTitle, PageHeader, Skeleton } from "@tillbox/ui";
import { ArrowLeft, TriangleAlert } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { InvoiceStatusBadge, SubscriptionStatusBadge } from "../status-badges";
import { SubscriptionActionsCard } from "./subscription-actions-card";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useFormat } from "~/lib/use-format";

export function SubscriptionDetail({ subscriptionId }: { subscriptionId: string }) {
  const { formatDateTime, formatMoney } = useFormat();
  const { t } = useMessages("app.subscriptions");
  const trpc = useTRPC();
  const subscription = useQuery(trpc.billing.subscriptions.admin.get.queryOptions({ subscriptionId }));

  if (subscription.isPending) return <Skeleton className="h-96 w-full" />;
  if (subscription.isError) {
    return (
      <Alert variant="destructive">
        <TriangleAlert />
        <AlertTitle>{t("couldNotLoadThisSubscription")}</AlertTitle>
        <AlertDescription>{errorMessage(subscription.error)}</AlertDescription>
      </Alert>
    );
  }
  const data = subscription.data;
  const money = (amount: number) => formatMoney(amount, data.currency);
  const facts: [string, ReactNode][] = [
    [
      t("fact.customer"),
      <Link key="user" href={`/users/${data.userId}`} className="hover:underline">
        {t("openUser")}
      </Link>,
    ],
    [t("fact.price"), t("fact.pricePer", { amount: money(data.unitAmount * data.quantity), count: data.plan.intervalCount, interval: data.plan.interval })],
    [t("fact.currentPeriod"), `${formatDateTime(data.currentPeriodStart)} – ${formatDateTime(data.currentPeriodEnd)}`],
    [t("fact.trial"), data.trialEnd ? `${formatDateTime(data.trialStart)} – ${formatDateTime(data.trialEnd)}` : "—"],
    [t("fact.collection"), `${data.collectionMethod.replace(/_/g, " ")}${data.provider ? ` · ${data.provider}` : ""}`],
    [t("fact.cancelAtPeriodEnd"), data.cancelAtPeriodEnd ? t("yes") : t("no")],
    [t("fact.scheduledChange"), data.scheduledPlan ? t("fact.scheduledTo", { plan: data.scheduledPlan.name }) : "—"],
    [t("fact.dunning"), data.dunningAttempts > 0 ? t("fact.dunningAttempts", { count: data.dunningAttempts, next: formatDateTime(data.nextRetryAt) }) : "—"],
    [t("fact.canceled"), formatDateTime(data.canceledAt)],
    [t("fact.created"), formatDateTime(data.createdAt)],
  ];
  return (
    <>
      <Button asChild variant="ghost" size="sm" className="mb-2 -ml-2">
        <Link href="/subscriptions">
          <ArrowLeft aria-hidden /> {t("subscriptions")}
        </Link>
      </Button>
      <PageHeader
        title={
          <span className="flex items-center gap-3">
            {data.plan.name} <SubscriptionStatusBadge status={data.status} />
          </span>
        }
        description={`Subscription ${data.id}`}
      />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="grid content-start gap-6">
          <Card>
            <CardHeader>
              <CardTitle>{t("details")}</CardTitle>
            </CardHeader>
            <CardContent>
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
                {facts.map(([label, value]) => (
                  <div key={label} className="contents">
                    <dt className="text-muted-foreground">{label}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>{t("invoices")}</CardTitle>
            </CardHeader>
            <CardContent>
              {data.invoices.length === 0 ? <p className="text-sm text-muted-foreground">{t("noneYet")}</p> : null}
              <ul className="grid gap-2 text-sm">
                {data.invoices.map((invoice) => (
                  <li key={invoice.id} className="flex flex-wrap items-center justify-between gap-2">
                    <Link href={`/invoices/${invoice.id}`} className="font-medium hover:underline">
                      {invoice.number ?? t("draft")}
                    </Link>
                    <span className="text-muted-foreground">{invoice.billingReason.replace(/_/g, " ")}</span>
                    <InvoiceStatusBadge status={invoice.status} />
                    <span className="tabular-nums">{formatMoney(invoice.total, invoice.currency)}</span>
                  </li>
                ))}
              </ul>
              {data.pendingItems.length > 0 ? (
                <p className="mt-4 text-sm text-muted-foreground">
                  Pending for the next invoice: {data.pendingItems.map((item) => `${item.description} (${money(item.amount)})`).join(", ")}
                </p>
              ) : null}
            </CardContent>
          </Card>
        </div>
        <div className="grid content-start gap-6">
          <SubscriptionActionsCard subscription={data} />
        </div>
      </div>
    </>
  );
}
