"use client";

import { useQuery } from "@tanstack/react-query";
import { Alert, AlertDescription, AlertTitle, Button, Card, CardContent, CardHeader, CardTitle, PageHeader, Skeleton } from "@tillbox/ui";
import { Slot } from "@tillbox/ui/slot";
import { ArrowLeft, FileDown, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useCan } from "~/components/auth/access";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { InvoiceIssuesAlert } from "../payment-issues/invoice-issues-alert";
import { InvoiceStatusBadge } from "../status-badges";
import { InvoiceActionsCard } from "./invoice-actions-card";
import { InvoiceLinesCard } from "./invoice-lines-card";
import { InvoicePaymentsCard } from "./invoice-payments-card";
import { RefundCard } from "./refund-card";
import type { CustomerSnapshot } from "./types";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useFormat } from "~/lib/use-format";

export function InvoiceDetail({ invoiceId }: { invoiceId: string }) {
  const { formatDateTime, formatMoney } = useFormat();
  const { t } = useMessages("app.invoices");
  const trpc = useTRPC();
  const can = useCan();
  const invoice = useQuery(trpc.billing.invoices.detail.queryOptions({ invoiceId }));

  if (invoice.isPending) return <Skeleton className="h-96 w-full" />;
  if (invoice.isError) {
    return (
      <Alert variant="destructive">
        <TriangleAlert />
        <AlertTitle>{t("couldNotLoadThisInvoice")}</AlertTitle>
        <AlertDescription>{errorMessage(invoice.error)}</AlertDescription>
      </Alert>
    );
  }
  const data = invoice.data;
  const customer = (data.customer ?? {}) as CustomerSnapshot;
  const refundable = data.amountPaid - data.amountRefunded > 0 && can("billing.payments.refund");
  return (
    <>
      <Button asChild variant="ghost" size="sm" className="mb-2 -ml-2">
        <Link href="/invoices">
          <ArrowLeft aria-hidden /> {t("invoices")}
        </Link>
      </Button>
      <PageHeader
        title={
          <span className="flex items-center gap-3">
            Invoice {data.number ?? "(draft)"}{" "}
            <InvoiceStatusBadge status={data.status} refundState={data.refundState} amountRefunded={formatMoney(data.amountRefunded, data.currency)} />
          </span>
        }
        description={`${data.billingReason.replace(/_/g, " ")} · ${data.currency}${data.provider ? ` · ${data.provider}` : ""}`}
        actions={
          data.status !== "draft" ? (
            <Button asChild variant="outline" size="sm">
              <a href={`/api/invoices/${data.id}/pdf`} download>
                <FileDown aria-hidden /> {t("downloadPdf")}
              </a>
            </Button>
          ) : null
        }
      />
      <InvoiceIssuesAlert
        issues={data.paymentIssues.map((issue) => ({ ...issue, payment: data.payments.find((payment) => payment.id === issue.paymentId) }))}
      />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="grid content-start gap-6">
          <InvoiceLinesCard invoice={data} />
          <InvoicePaymentsCard invoice={data} />
          {/* Cards of enabled plugins (zone admin.invoice.detail). */}
          <Slot zone="admin.invoice.detail" props={{ invoiceId: data.id }} />
        </div>
        <div className="grid content-start gap-6">
          <Card>
            <CardHeader>
              <CardTitle>{t("customer")}</CardTitle>
            </CardHeader>
            <CardContent>
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
                <dt className="text-muted-foreground">{t("name")}</dt>
                <dd>
                  <Link href={`/users/${data.userId}`} className="hover:underline">
                    {customer.name ?? customer.email ?? data.userId}
                  </Link>
                </dd>
                <dt className="text-muted-foreground">{t("email")}</dt>
                <dd className="truncate">{customer.email ?? "—"}</dd>
                {customer.company ? (
                  <>
                    <dt className="text-muted-foreground">{t("company")}</dt>
                    <dd>{customer.company}</dd>
                  </>
                ) : null}
                {customer.vatId ? (
                  <>
                    <dt className="text-muted-foreground">{t("vatId")}</dt>
                    <dd>{customer.vatId}</dd>
                  </>
                ) : null}
                <dt className="text-muted-foreground">{t("country")}</dt>
                <dd>{customer.country ?? "—"}</dd>
                <dt className="text-muted-foreground">{t("finalised")}</dt>
                <dd>{formatDateTime(data.finalizedAt)}</dd>
                <dt className="text-muted-foreground">{t("due")}</dt>
                <dd>{formatDateTime(data.dueAt)}</dd>
                <dt className="text-muted-foreground">{t("paid")}</dt>
                <dd>{formatDateTime(data.paidAt)}</dd>
                {data.subscriptionId ? (
                  <>
                    <dt className="text-muted-foreground">{t("subscription")}</dt>
                    <dd>
                      <Link href={`/subscriptions/${data.subscriptionId}`} className="hover:underline">
                        {t("openLink")}
                      </Link>
                    </dd>
                  </>
                ) : null}
              </dl>
            </CardContent>
          </Card>
          <InvoiceActionsCard invoice={data} />
          {refundable ? <RefundCard invoice={data} /> : null}
        </div>
      </div>
    </>
  );
}
