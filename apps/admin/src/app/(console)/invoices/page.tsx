import { PageHeader, Skeleton } from "@tillbox/ui";
import type { Metadata } from "next";
import { Suspense } from "react";
import { InvoicesTable } from "~/components/billing/invoices/invoices-table";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("app.pages"))("invoices") };
}

export default function InvoicesPage() {
  const { t } = useMessages("app.pages");
  return (
    <>
      <PageHeader title={t("invoices")} description={t("everyFinalisedInvoicePaymentsRefunds")} />
      {/* Filters live in the URL (useSearchParams). */}
      <Suspense fallback={<Skeleton className="h-64 w-full" />}>
        <InvoicesTable />
      </Suspense>
    </>
  );
}
