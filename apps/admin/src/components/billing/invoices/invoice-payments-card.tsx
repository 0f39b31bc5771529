import { Card, CardContent, CardHeader, CardTitle } from "@tillbox/ui";
import { CreditNoteList } from "@tillbox/ui/billing";
import { PaymentStatusBadge } from "../status-badges";
import type { AdminInvoice } from "./types";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useFormat } from "~/lib/use-format";

/** Payments (with their refunds) and credit notes: the money side of the invoice. */
export function InvoicePaymentsCard({ invoice }: { invoice: AdminInvoice }) {
  const { formatDateTime, formatMoney } = useFormat();
  const { t } = useMessages("app.invoices");
  const money = (amount: number) => formatMoney(amount, invoice.currency);
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("paymentsAndCreditNotes")}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-5 text-sm">
        {invoice.payments.length === 0 ? <p className="text-muted-foreground">{t("noPaymentAttemptsYet")}</p> : null}
        <ul className="grid gap-3" aria-label={t("payments")}>
          {invoice.payments.map((payment) => (
            <li key={payment.id} className="grid gap-1 rounded-md border border-border p-3" data-testid="invoice-payment">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-medium tabular-nums">{money(payment.amount)}</span>
                <PaymentStatusBadge status={payment.status} />
              </div>
              <div className="text-xs text-muted-foreground">
                {payment.provider}
                {payment.providerPaymentId ? <span className="font-mono"> · {payment.providerPaymentId}</span> : null} ·{" "}
                {formatDateTime(payment.capturedAt ?? payment.createdAt)}
              </div>
              {payment.failureCode ? <div className="text-xs text-destructive">{payment.failureMessage ?? payment.failureCode}</div> : null}
              {payment.refunds.map((refund) => (
                <div key={refund.id} className="text-xs">
                  Refund {money(refund.amount)} · {refund.status}
                  {refund.reason ? ` · ${refund.reason}` : ""} · {formatDateTime(refund.createdAt)}
                </div>
              ))}
            </li>
          ))}
        </ul>
        <CreditNoteList notes={invoice.creditNotes} formatAmount={formatMoney} pdfHref={(id) => `/api/credit-notes/${id}/pdf`} />
      </CardContent>
    </Card>
  );
}
