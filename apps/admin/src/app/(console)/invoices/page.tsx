import { PageHeader, Skeleton } from "@tillbox/ui";
import type { Metadata } from "next";
import { Suspense } from "react";
import { InvoicesTable } from "~/components/billing/invoices/invoices-table";

export const metadata: Metadata = { title: "Invoices" };

export default function InvoicesPage() {
  return (
    <>
      <PageHeader title="Invoices" description="Every finalised invoice: payments, refunds and credit notes, with the PDF the customer sees." />
      {/* Filters live in the URL (useSearchParams). */}
      <Suspense fallback={<Skeleton className="h-64 w-full" />}>
        <InvoicesTable />
      </Suspense>
    </>
  );
}
