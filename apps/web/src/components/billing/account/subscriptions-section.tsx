"use client";

import { useQuery } from "@tanstack/react-query";
import { Button, EmptyState, Skeleton } from "@tillbox/ui";
import { Package } from "lucide-react";
import Link from "next/link";
import { useTRPC } from "~/lib/trpc";
import { AccountSection } from "../../account/account-section";
import { FormAlert } from "../../auth/form-alert";
import { formErrorMessage } from "../../auth/form-errors";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { SubscriptionItem } from "./subscription-item";

const ENDED = new Set(["canceled", "incomplete_expired"]);

/** Live subscriptions first; ended ones stay listed below for the record. */
export function SubscriptionsSection() {
  const trpc = useTRPC();
  const { t } = useMessages("app.billing");
  const subscriptions = useQuery(trpc.billing.subscriptions.mine.queryOptions());
  const sorted = [...(subscriptions.data ?? [])].sort((a, b) => Number(ENDED.has(a.status)) - Number(ENDED.has(b.status)));
  return (
    <AccountSection id="subscriptions" title={t("subscriptionsTitle")} description={t("subscriptionsDescription")}>
      {subscriptions.isPending ? <Skeleton className="h-28 w-full" /> : null}
      {subscriptions.isError ? <FormAlert>{formErrorMessage(subscriptions.error)}</FormAlert> : null}
      {subscriptions.data?.length === 0 ? (
        <EmptyState
          icon={<Package />}
          title={t("noSubscription")}
          description={t("noSubscriptionHint")}
          action={
            <Button asChild>
              <Link href="/pricing">{t("seePlans")}</Link>
            </Button>
          }
        />
      ) : null}
      {sorted.length > 0 ? (
        <ul className="grid gap-3" aria-label={t("yourSubscriptions")}>
          {sorted.map((subscription) => (
            <SubscriptionItem key={subscription.id} subscription={subscription} />
          ))}
        </ul>
      ) : null}
    </AccountSection>
  );
}
