"use client";

import { useQuery } from "@tanstack/react-query";
import { Button, Card, CardContent, CardDescription, CardHeader, Skeleton } from "@tillbox/ui";
import { CircleCheck, Clock, FileDown } from "lucide-react";
import Link from "next/link";
import { useEffect } from "react";
import { useTRPC } from "~/lib/trpc";
import { FormAlert } from "../../auth/form-alert";
import { formErrorMessage } from "../../auth/form-errors";
import { InvoiceStatusBadge } from "../invoice-status-badge";
import { Money } from "../money";
import { forgetPendingPayment } from "./pending-payment";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/** After checkout: what was bought, whether it is paid, and where to find it later. */
export function CheckoutSuccess({ invoiceId }: { invoiceId: string }) {
  const { t } = useMessages("app.checkout");
  const trpc = useTRPC();
  const invoice = useQuery(trpc.billing.invoices.get.queryOptions({ invoiceId }));
  useEffect(() => forgetPendingPayment(), []);

  if (invoice.isPending) return <Skeleton className="h-64 w-full" />;
  if (invoice.isError) return <FormAlert>{formErrorMessage(invoice.error)}</FormAlert>;
  const data = invoice.data;
  const paid = data.status === "paid";
  return (
    <Card>
      <CardHeader className="items-center text-center">
        {paid ? <CircleCheck className="size-10 text-success" aria-hidden /> : <Clock className="size-10 text-warning" aria-hidden />}
        <h1 className="text-2xl leading-none font-semibold tracking-tight">
          {paid ? t("thankYouForYourOrder") : data.status === "open" ? t("awaitingYourPayment") : `This order is ${data.status}`}
        </h1>
        <CardDescription>
          {paid ? t("yourPurchaseIsActiveSubscriptions") : data.status === "open" ? t("yourInvoiceIsOpenIt") : t("nothingWasChargedForIt")}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        <dl className="mx-auto grid grid-cols-[auto_auto] gap-x-6 gap-y-2 text-sm">
          <dt className="text-muted-foreground">{t("invoice")}</dt>
          <dd className="font-medium" data-testid="success-invoice-number">
            {data.number}
          </dd>
          <dt className="text-muted-foreground">{t("status")}</dt>
          <dd>
            <InvoiceStatusBadge status={data.status} />
          </dd>
          <dt className="text-muted-foreground">{t("total")}</dt>
          <dd>
            <Money amount={data.total} currency={data.currency} />
          </dd>
        </dl>
        <div className="flex flex-wrap justify-center gap-3">
          <Button asChild>
            <Link href="/account/billing">{t("goToBilling")}</Link>
          </Button>
          <Button asChild variant="outline">
            <a href={`/api/v1/invoices/${data.id}/pdf`} target="_blank" rel="noopener">
              <FileDown aria-hidden /> {t("invoicePdf")}
            </a>
          </Button>
        </div>
      </CardContent>
    </Card>
  );
}
