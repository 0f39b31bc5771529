import { PageHeader, Skeleton } from "@tillbox/ui";
import type { Metadata } from "next";
import { Suspense } from "react";
import { SubscriptionsTable } from "~/components/billing/subscriptions/subscriptions-table";

export const metadata: Metadata = { title: "Subscriptions" };

export default function SubscriptionsPage() {
  return (
    <>
      <PageHeader title="Subscriptions" description="Every customer's subscriptions: state, current period, renewals and dunning." />
      <Suspense fallback={<Skeleton className="h-64 w-full" />}>
        <SubscriptionsTable />
      </Suspense>
    </>
  );
}
