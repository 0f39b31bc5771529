"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Card, QueryStates, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@tillbox/ui";
import { Pagination } from "@tillbox/ui/pagination";
import { FileText } from "lucide-react";
import Link from "next/link";
import { useCan } from "~/components/auth/access";
import { useListParams } from "~/components/users/use-list-params";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { InvoiceStatusBadge } from "../status-badges";
import { useUserLabels } from "../use-user-labels";
import { InvoiceFilters, invoiceStatuses } from "./invoice-filters";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useFormat } from "~/lib/use-format";

const PAGE_SIZE = 25;
const filterKeys = ["status", "userId", "search"] as const;

export function InvoicesTable() {
  const { formatDateTime, formatMoney } = useFormat();
  const { t } = useMessages("app.invoices");
  const trpc = useTRPC();
  const can = useCan();
  const { values, page, update } = useListParams(filterKeys);
  const status = (invoiceStatuses as readonly string[]).includes(values.status) ? (values.status as (typeof invoiceStatuses)[number]) : undefined;
  const invoices = useQuery({
    ...trpc.billing.invoices.list.queryOptions({ status, userId: values.userId || undefined, search: values.search || undefined, page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const labels = useUserLabels(invoices.data?.items.map((invoice) => invoice.userId) ?? [], can("users.get"));

  return (
    <div className="grid gap-4">
      <InvoiceFilters values={values} onChange={update} />
      <QueryStates query={invoices} formatError={errorMessage} skeletonClassName="h-64 w-full" isEmpty={(data) => data.items.length === 0} empty={{ icon: <FileText />, title: t("noInvoicesMatch"), description: t("changeTheFilters") }}>
        {(data) => (
          <Card className="py-0">
            <Table data-testid="invoices-table">
              <TableHeader>
                <TableRow className="hover:bg-transparent">
                  <TableHead className="pl-6">{t("number")}</TableHead>
                  <TableHead>{t("customer")}</TableHead>
                  <TableHead>{t("status")}</TableHead>
                  <TableHead>{t("reason")}</TableHead>
                  <TableHead className="text-right">{t("total")}</TableHead>
                  <TableHead className="pr-6">{t("created")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.items.map((invoice) => {
                  const customer = labels.get(invoice.userId);
                  return (
                    <TableRow key={invoice.id} data-testid={`invoice-row-${invoice.number ?? invoice.id}`}>
                      <TableCell className="pl-6">
                        <Link href={`/invoices/${invoice.id}`} className="font-medium hover:underline">
                          {invoice.number ?? t("draft")}
                        </Link>
                      </TableCell>
                      <TableCell>
                        <Link href={`/users/${invoice.userId}`} className="hover:underline">
                          {customer ? (customer.name ?? customer.email) : <span className="font-mono text-xs">{invoice.userId.slice(0, 8)}</span>}
                        </Link>
                        {customer?.name ? <div className="text-xs text-muted-foreground">{customer.email}</div> : null}
                      </TableCell>
                      <TableCell>
                        <InvoiceStatusBadge status={invoice.status} refundState={invoice.refundState} amountRefunded={formatMoney(invoice.amountRefunded, invoice.currency)} />
                      </TableCell>
                      <TableCell className="text-muted-foreground">{invoice.billingReason.replace(/_/g, " ")}</TableCell>
                      <TableCell className="text-right tabular-nums">{formatMoney(invoice.total, invoice.currency)}</TableCell>
                      <TableCell className="pr-6 text-muted-foreground">{formatDateTime(invoice.createdAt)}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </Card>
        )}
      </QueryStates>
      {invoices.data && invoices.data.total > 0 ? (
        <Pagination page={page} pageCount={Math.ceil(invoices.data.total / PAGE_SIZE)} total={invoices.data.total} onPageChange={(next) => update({ page: next })} />
      ) : null}
    </div>
  );
}
