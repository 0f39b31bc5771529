"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { formatMoney } from "@tillbox/core/money";
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
import { formatDate } from "../intervals";
import { Money } from "../money";
import { PayInvoiceDialog } from "./pay-invoice-dialog";

const PAGE_SIZE = 10;

/**
 * The customer's invoices, newest first, each with its PDF (GET /api/v1/invoices/{id}/pdf, session
 * cookie); open ones can be paid; a refunded one lists its credit notes under it (same REST PDFs).
 */
export function InvoicesSection() {
  const trpc = useTRPC();
  const [page, setPage] = useState(1);
  const invoices = useQuery({ ...trpc.billing.invoices.mine.queryOptions({ page, pageSize: PAGE_SIZE }), placeholderData: keepPreviousData });
  return (
    <AccountSection id="invoices" title="Invoices" description="Every invoice and its PDF. Refunds appear as credit notes on the invoice.">
      {invoices.isPending ? <Skeleton className="h-32 w-full" /> : null}
      {invoices.isError ? <FormAlert>{formErrorMessage(invoices.error)}</FormAlert> : null}
      {invoices.data?.total === 0 ? <p className="text-sm text-muted-foreground">No invoices yet.</p> : null}
      {invoices.data && invoices.data.items.length > 0 ? (
        <div className="grid gap-4">
          <Table data-testid="invoices-table">
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                <TableHead>Number</TableHead>
                <TableHead>Date</TableHead>
                <TableHead>Status</TableHead>
                <TableHead className="text-right">Total</TableHead>
                <TableHead className="text-right">PDF</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {invoices.data.items.map((invoice) => (
                <Fragment key={invoice.id}>
                  <TableRow data-testid={`invoice-row-${invoice.number}`}>
                    <TableCell className="font-medium">{invoice.number}</TableCell>
                    <TableCell className="text-muted-foreground">{formatDate(invoice.finalizedAt ?? invoice.createdAt)}</TableCell>
                    <TableCell>
                      <InvoiceStatusBadge status={invoice.status} refundState={invoice.refundState} amountRefunded={formatMoney(invoice.amountRefunded, invoice.currency)} />
                      {invoice.status === "open" || invoice.status === "uncollectible" ? <span className="ml-3"><PayInvoiceDialog invoice={invoice} /></span> : null}
                    </TableCell>
                    <TableCell className="text-right">
                      <Money amount={invoice.total} currency={invoice.currency} />
                    </TableCell>
                    <TableCell className="text-right">
                      <a href={`/api/v1/invoices/${invoice.id}/pdf`} target="_blank" rel="noopener" className="inline-flex items-center gap-1 text-sm font-medium text-primary hover:underline" aria-label={`PDF of invoice ${invoice.number}`}>
                        <FileDown className="size-4" aria-hidden /> PDF
                      </a>
                    </TableCell>
                  </TableRow>
                  {invoice.creditNotes.length > 0 ? (
                    <TableRow className="hover:bg-transparent" data-testid={`invoice-credit-notes-${invoice.number}`}>
                      <TableCell colSpan={5} className="pt-0">
                        <CreditNoteList notes={invoice.creditNotes} formatAmount={formatMoney} pdfHref={(id) => `/api/v1/credit-notes/${id}/pdf`} />
                      </TableCell>
                    </TableRow>
                  ) : null}
                </Fragment>
              ))}
            </TableBody>
          </Table>
          {invoices.data.total > PAGE_SIZE ? <Pagination page={page} pageCount={Math.ceil(invoices.data.total / PAGE_SIZE)} total={invoices.data.total} onPageChange={setPage} /> : null}
        </div>
      ) : null}
    </AccountSection>
  );
}
