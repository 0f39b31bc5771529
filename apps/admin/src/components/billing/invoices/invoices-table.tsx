"use client";

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { DataTable, type DataTableColumn } from "@tillbox/ui/data-table";
import { FileText } from "lucide-react";
import Link from "next/link";
import { useMemo } from "react";
import { useCan } from "~/components/auth/access";
import { useListParams } from "~/components/users/use-list-params";
import { fetchAllPages, sortFromParam, sortToParam, tableSortOf } from "~/lib/list-sort";
import { errorMessage, useTRPC, type RouterOutputs } from "~/lib/trpc";
import { useFormat } from "~/lib/use-format";
import { fromMinorUnits } from "@tillbox/core/money";
import { InvoiceStatusBadge } from "../status-badges";
import { useUserLabels } from "../use-user-labels";
import { InvoiceFilters, invoiceStatuses } from "./invoice-filters";

const PAGE_SIZE = 25;
const filterKeys = ["status", "userId", "search", "sort"] as const;
const sortKeys = ["number", "total", "createdAt"] as const;
type InvoiceRow = RouterOutputs["billing"]["invoices"]["list"]["items"][number];

export function InvoicesTable() {
  const { formatDateTime, formatMoney } = useFormat();
  const { t } = useMessages("app.invoices");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const can = useCan();
  const { values, page, update } = useListParams(filterKeys);
  const status = invoiceStatuses.find((known) => known === values.status);
  const sort = sortFromParam(values.sort, sortKeys);
  const filters = { status, userId: values.userId || undefined, search: values.search || undefined, sort };
  const invoices = useQuery({
    ...trpc.billing.invoices.list.queryOptions({ ...filters, page, pageSize: PAGE_SIZE }),
    select: (data) => ({ ...data, pageCount: Math.ceil(data.total / PAGE_SIZE) }),
    placeholderData: keepPreviousData,
  });
  const labels = useUserLabels(invoices.data?.items.map((invoice) => invoice.userId) ?? [], can("users.get"));

  const columns = useMemo<DataTableColumn<InvoiceRow>[]>(
    () => [
      {
        id: "number",
        header: t("number"),
        sortable: true,
        cell: (invoice) => (
          <Link href={`/invoices/${invoice.id}`} className="font-medium hover:underline">
            {invoice.number ?? t("draft")}
          </Link>
        ),
        csv: (invoice) => invoice.number,
        csvHeader: "number",
      },
      {
        id: "customer",
        header: t("customer"),
        cell: (invoice) => {
          const customer = labels.get(invoice.userId);
          return (
            <>
              <Link href={`/users/${invoice.userId}`} className="hover:underline">
                {customer ? (customer.name ?? customer.email) : <span className="font-mono text-xs">{invoice.userId.slice(0, 8)}</span>}
              </Link>
              {customer?.name ? <div className="text-xs text-muted-foreground">{customer.email}</div> : null}
            </>
          );
        },
        csv: (invoice) => invoice.userId,
        csvHeader: "customer_id",
      },
      {
        id: "status",
        header: t("status"),
        cell: (invoice) => (
          <InvoiceStatusBadge
            status={invoice.status}
            refundState={invoice.refundState}
            amountRefunded={formatMoney(invoice.amountRefunded, invoice.currency)}
          />
        ),
        csv: (invoice) => invoice.status,
        csvHeader: "status",
      },
      {
        id: "reason",
        header: t("reason"),
        className: "text-muted-foreground",
        cell: (invoice) => invoice.billingReason.replace(/_/g, " "),
        csv: (invoice) => invoice.billingReason,
        csvHeader: "billing_reason",
      },
      {
        id: "total",
        header: t("total"),
        sortable: true,
        descFirst: true,
        className: "text-right tabular-nums",
        cell: (invoice) => formatMoney(invoice.total, invoice.currency),
        // A plain decimal for spreadsheets: no currency symbol, no grouping.
        csv: (invoice) => fromMinorUnits(invoice.total, invoice.currency),
        csvHeader: "total",
      },
      {
        id: "createdAt",
        header: t("created"),
        sortable: true,
        descFirst: true,
        className: "text-muted-foreground",
        cell: (invoice) => formatDateTime(invoice.createdAt),
        csv: (invoice) => invoice.createdAt.toISOString(),
        csvHeader: "created_at",
      },
    ],
    [t, labels, formatDateTime, formatMoney],
  );

  return (
    <DataTable
      testId="invoices-table"
      columns={columns}
      query={invoices}
      formatError={errorMessage}
      empty={{ icon: <FileText />, title: t("noInvoicesMatch"), description: t("changeTheFilters") }}
      getRowId={(invoice) => invoice.id}
      rowTestId={(invoice) => `invoice-row-${invoice.number ?? invoice.id}`}
      toolbar={<InvoiceFilters values={values} onChange={update} />}
      sort={tableSortOf(sort)}
      onSortChange={(next) => update({ sort: sortToParam(next) })}
      paging={invoices.data && { page, pageCount: invoices.data.pageCount, total: invoices.data.total, onPageChange: (next) => update({ page: next }) }}
      csv={{
        filename: "invoices.csv",
        extraColumns: [{ header: "currency", value: (invoice) => invoice.currency }],
        rows: () =>
          fetchAllPages(async (page) => {
            const result = await queryClient.fetchQuery(trpc.billing.invoices.list.queryOptions({ ...filters, page, pageSize: 100 }));
            return { items: result.items, pageCount: Math.ceil(result.total / 100) };
          }),
      }}
    />
  );
}
