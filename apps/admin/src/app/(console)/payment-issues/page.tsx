import { PageHeader, Skeleton } from "@tillbox/ui";
import type { Metadata } from "next";
import { Suspense } from "react";
import { PaymentIssuesTable } from "~/components/billing/payment-issues/payment-issues-table";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("paymentIssues") };
}

export default function PaymentIssuesPage() {
  const { t } = useMessages("app.pages");
  return (
    <>
      <PageHeader title={t("paymentIssues")} description={t("moneyAProviderTookThat")} />
      {/* Filters live in the URL (useSearchParams). */}
      <Suspense fallback={<Skeleton className="h-64 w-full" />}>
        <PaymentIssuesTable />
      </Suspense>
    </>
  );
}
