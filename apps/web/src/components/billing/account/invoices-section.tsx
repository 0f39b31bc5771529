"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Skeleton, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@tillbox/ui";
import { CreditNoteList } from "@tillbox/ui/billing";
import { Pagination } from "@tillbox/ui/pagination";
import { FileDown } from "lucide-react";
import { Fragment, useState } from "react";
import { useTRPC } from "~/lib/trpc";
import { AccountSection } from "../../account/account-section";
import { FormAlert } from "../../auth/form-alert";
import { formErrorMessage } from "../../auth/form-errors";
import { InvoiceStatusBadge } from "../invoice-status-badge";
import { Money } from "../money";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useBillingFormat } from "../use-billing-format";
import { PayInvoiceDialog } from "./pay-invoice-dialog";

const PAGE_SIZE = 10;

/**
 * The customer's invoices, newest first, each with its PDF (GET /api/v1/invoices/{id}/pdf, session
 * cookie); open ones can be paid; a refunded one lists its credit notes under it (same REST PDFs).
 */
export function InvoicesSection() {
  const trpc = useTRPC();
  const { t } = useMessages("app.billing");
  const format = useBillingFormat();
  const [page, setPage] = useState(1);
  const invoices = useQuery({ ...trpc.billing.invoices.mine.queryOptions({ page, pageSize: PAGE_SIZE }), placeholderData: keepPreviousData });
  return (
    <AccountSection id="invoices" title={t("invoicesTitle")} description={t("invoicesDescription")}>
      {invoices.isPending ? <Skeleton className="h-32 w-full" /> : null}
      {invoices.isError ? <FormAlert>{formErrorMessage(invoices.error)}</FormAlert> : null}
      {invoices.data?.total === 0 ? <p className="text-sm text-muted-foreground">{t("noInvoices")}</p> : null}
      {invoices.data && invoices.data.items.length > 0 ? (
        <div className="grid gap-4">
          <Table data-testid="invoices-table">
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                <TableHead>{t("colNumber")}</TableHead>
                <TableHead>{t("colDate")}</TableHead>
                <TableHead>{t("colStatus")}</TableHead>
                <TableHead className="text-right">{t("colTotal")}</TableHead>
                <TableHead className="text-right">{t("colPdf")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {invoices.data.items.map((invoice) => (
                <Fragment key={invoice.id}>
                  <TableRow data-testid={`invoice-row-${invoice.number}`}>
                    <TableCell className="font-medium">{invoice.number}</TableCell>
                    <TableCell className="text-muted-foreground">{format.date(invoice.finalizedAt ?? invoice.createdAt)}</TableCell>
                    <TableCell>
                      <InvoiceStatusBadge
                        status={invoice.status}
                        refundState={invoice.refundState}
                        amountRefunded={format.money(invoice.amountRefunded, invoice.currency)}
                      />
                      {invoice.status === "open" || invoice.status === "uncollectible" ? (
                        <span className="ml-3">
                          <PayInvoiceDialog invoice={invoice} />
                        </span>
                      ) : null}
                    </TableCell>
                    <TableCell className="text-right">
                      <Money amount={invoice.total} currency={invoice.currency} />
                    </TableCell>
                    <TableCell className="text-right">
                      <a
                        href={`/api/v1/invoices/${invoice.id}/pdf`}
                        target="_blank"
                        rel="noopener"
                        className="inline-flex items-center gap-1 text-sm font-medium text-primary hover:underline"
                        aria-label={t("invoicePdf", { number: invoice.number ?? "" })}
                      >
                        <FileDown className="size-4" aria-hidden /> {t("colPdf")}
                      </a>
                    </TableCell>
                  </TableRow>
                  {invoice.creditNotes.length > 0 ? (
                    <TableRow className="hover:bg-transparent" data-testid={`invoice-credit-notes-${invoice.number}`}>
                      <TableCell colSpan={5} className="pt-0">
                        <CreditNoteList notes={invoice.creditNotes} formatAmount={format.money} pdfHref={(id) => `/api/v1/credit-notes/${id}/pdf`} />
                      </TableCell>
                    </TableRow>
                  ) : null}
                </Fragment>
              ))}
            </TableBody>
          </Table>
          {invoices.data.total > PAGE_SIZE ? (
            <Pagination page={page} pageCount={Math.ceil(invoices.data.total / PAGE_SIZE)} total={invoices.data.total} onPageChange={setPage} />
          ) : null}
        </div>
      ) : null}
    </AccountSection>
  );
}
