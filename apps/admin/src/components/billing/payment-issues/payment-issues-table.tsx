"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { Badge } from "@tillbox/ui";
import { DataTable, type DataTableColumn } from "@tillbox/ui/data-table";
import { CircleCheck } from "lucide-react";
import Link from "next/link";
import { useMemo, useState } from "react";
import { useCan } from "~/components/auth/access";
import { useListParams } from "~/components/users/use-list-params";
import { errorMessage, useTRPC, type RouterOutputs } from "~/lib/trpc";
import { useFormat } from "~/lib/use-format";
import { useUserLabels } from "../use-user-labels";
import { issueKindLabel, issueKinds } from "./issue-kinds";
import { MessageCell, ResolutionCell, RetryCell } from "./payment-issue-cells";
import { PaymentIssueActions, RetryNoticeLine, type RetryNotice } from "./payment-issue-actions";
import { PaymentIssueFilters } from "./payment-issue-filters";

const PAGE_SIZE = 25;
const filterKeys = ["status", "kind"] as const;
type IssueRow = RouterOutputs["billing"]["paymentIssues"]["list"]["items"][number];

export function PaymentIssuesTable() {
  const { formatDateTime, formatMoney } = useFormat();
  const { t } = useMessages("app.paymentIssues");
  const trpc = useTRPC();
  const can = useCan();
  const { values, page, update } = useListParams(filterKeys);
  const [notice, setNotice] = useState<RetryNotice | null>(null);
  const status = values.status === "resolved" ? "resolved" : "open";
  const kind = issueKinds.find((option) => option === values.kind);
  const issues = useQuery({ ...trpc.billing.paymentIssues.list.queryOptions({ status, kind, page, pageSize: PAGE_SIZE }), placeholderData: keepPreviousData });
  const labels = useUserLabels(issues.data?.items.map((issue) => issue.userId) ?? [], can("users.get"));
  const empty =
    status === "open" && !kind
      ? { title: t("noOpenPaymentIssues"), description: t("everyPaymentTakenWasDelivered") }
      : { title: t("noPaymentIssuesMatch"), description: t("changeTheFilters") };

  const columns = useMemo<DataTableColumn<IssueRow>[]>(
    () => [
      { id: "opened", header: t("opened"), className: "text-muted-foreground", cell: (issue) => formatDateTime(issue.createdAt) },
      {
        id: "kind",
        header: t("kind"),
        cell: (issue) => <Badge variant={issue.status === "open" ? "destructive" : "secondary"}>{issueKindLabel(issue.kind, t)}</Badge>,
      },
      {
        id: "customer",
        header: t("customer"),
        cell: (issue) => {
          const customer = labels.get(issue.userId);
          return (
            <Link href={`/users/${issue.userId}`} className="hover:underline">
              {customer ? (customer.name ?? customer.email) : <span className="font-mono text-xs">{issue.userId.slice(0, 8)}</span>}
            </Link>
          );
        },
      },
      {
        id: "invoice",
        header: t("invoice"),
        cell: (issue) => (
          <>
            <Link href={`/invoices/${issue.invoiceId}`} className="font-medium hover:underline">
              {issue.invoice.number ?? t("draft")}
            </Link>
            <div className="text-xs text-muted-foreground">{issue.invoice.status}</div>
          </>
        ),
      },
      {
        id: "amount",
        header: t("amount"),
        className: "text-right tabular-nums",
        cell: (issue) => (
          <>
            {formatMoney(issue.payment.amount, issue.payment.currency)}
            <div className="text-xs text-muted-foreground">{issue.payment.provider}</div>
          </>
        ),
      },
      { id: "retries", header: t("retries"), cell: (issue) => <RetryCell issue={issue} /> },
      { id: "lastError", header: t("lastError"), cell: (issue) => <MessageCell message={issue.message} /> },
      {
        id: "actions",
        header: status === "open" ? t("actions") : t("resolution"),
        className: "text-right",
        cell: (issue) => (issue.status === "open" ? <PaymentIssueActions issue={issue} onRetried={setNotice} /> : <ResolutionCell issue={issue} />),
      },
    ],
    [t, labels, status, formatDateTime, formatMoney],
  );

  return (
    <DataTable
      testId="payment-issues-table"
      columns={columns}
      query={issues}
      formatError={errorMessage}
      empty={{ icon: <CircleCheck />, ...empty }}
      getRowId={(issue) => issue.id}
      rowTestId={(issue) => `payment-issue-${issue.invoice.number ?? issue.invoiceId}`}
      toolbar={
        <div className="grid gap-4">
          <PaymentIssueFilters values={values} onChange={(changes) => (setNotice(null), update(changes))} />
          <RetryNoticeLine notice={notice} />
        </div>
      }
      paging={
        issues.data && { page, pageCount: Math.ceil(issues.data.total / PAGE_SIZE), total: issues.data.total, onPageChange: (next) => update({ page: next }) }
      }
    />
  );
}
