import { PageHeader, Skeleton } from "@tillbox/ui";
import type { Metadata } from "next";
import { Suspense } from "react";
import { SubscriptionsTable } from "~/components/billing/subscriptions/subscriptions-table";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("subscriptions") };
}

export default function SubscriptionsPage() {
  const { t } = useMessages("app.pages");
  return (
    <>
      <PageHeader title={t("subscriptions")} description={t("everyCustomersSubscriptionsStateCurrent")} />
      <Suspense fallback={<Skeleton className="h-64 w-full" />}>
        <SubscriptionsTable />
      </Suspense>
    </>
  );
}
