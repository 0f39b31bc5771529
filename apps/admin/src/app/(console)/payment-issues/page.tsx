import { PageHeader, Skeleton } from "@tillbox/ui";
import type { Metadata } from "next";
import { Suspense } from "react";
import { PaymentIssuesTable } from "~/components/billing/payment-issues/payment-issues-table";

export const metadata: Metadata = { title: "Payment issues" };

export default function PaymentIssuesPage() {
  return (
    <>
      <PageHeader
        title="Payment issues"
        description="Money a provider took that did not become what the customer bought: a delivery that failed (retried automatically), a void or already paid invoice, an amount the provider changed. Retry, refund or resolve each one."
      />
      {/* Filters live in the URL (useSearchParams). */}
      <Suspense fallback={<Skeleton className="h-64 w-full" />}>
        <PaymentIssuesTable />
      </Suspense>
    </>
  );
}
