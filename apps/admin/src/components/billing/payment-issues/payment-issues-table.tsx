"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Badge, Card, QueryStates, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@tillbox/ui";
import { Pagination } from "@tillbox/ui/pagination";
import { CircleCheck } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { useCan } from "~/components/auth/access";
import { useListParams } from "~/components/users/use-list-params";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { useUserLabels } from "../use-user-labels";
import { issueKindLabel, issueKinds } from "./issue-kinds";
import { MessageCell, ResolutionCell, RetryCell } from "./payment-issue-cells";
import { PaymentIssueActions, RetryNoticeLine, type RetryNotice } from "./payment-issue-actions";
import { PaymentIssueFilters } from "./payment-issue-filters";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useFormat } from "~/lib/use-format";

const PAGE_SIZE = 25;
const filterKeys = ["status", "kind"] as const;

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
  const empty = status === "open" && !kind
    ? { title: t("noOpenPaymentIssues"), description: t("everyPaymentTakenWasDelivered") }
    : { title: t("noPaymentIssuesMatch"), description: t("changeTheFilters") };

  return (
    <div className="grid gap-4">
      <PaymentIssueFilters values={values} onChange={(changes) => (setNotice(null), update(changes))} />
      <RetryNoticeLine notice={notice} />
      <QueryStates query={issues} formatError={errorMessage} skeletonClassName="h-64 w-full" isEmpty={(data) => data.items.length === 0} empty={{ icon: <CircleCheck />, ...empty }}>
        {(data) => (
          <Card className="py-0">
            <Table data-testid="payment-issues-table">
              <TableHeader>
                <TableRow className="hover:bg-transparent">
                  <TableHead className="pl-6">{t("opened")}</TableHead>
                  <TableHead>{t("kind")}</TableHead>
                  <TableHead>{t("customer")}</TableHead>
                  <TableHead>{t("invoice")}</TableHead>
                  <TableHead className="text-right">{t("amount")}</TableHead>
                  <TableHead>{t("retries")}</TableHead>
                  <TableHead>{t("lastError")}</TableHead>
                  <TableHead className="pr-6 text-right">{status === "open" ? t("actions") : t("resolution")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.items.map((issue) => {
                  const customer = labels.get(issue.userId);
                  return (
                    <TableRow key={issue.id} data-testid={`payment-issue-${issue.invoice.number ?? issue.invoiceId}`}>
                      <TableCell className="pl-6 text-muted-foreground">{formatDateTime(issue.createdAt)}</TableCell>
                      <TableCell>
                        <Badge variant={issue.status === "open" ? "destructive" : "secondary"}>{issueKindLabel(issue.kind, t)}</Badge>
                      </TableCell>
                      <TableCell>
                        <Link href={`/users/${issue.userId}`} className="hover:underline">
                          {customer ? (customer.name ?? customer.email) : <span className="font-mono text-xs">{issue.userId.slice(0, 8)}</span>}
                        </Link>
                      </TableCell>
                      <TableCell>
                        <Link href={`/invoices/${issue.invoiceId}`} className="font-medium hover:underline">
                          {issue.invoice.number ?? t("draft")}
                        </Link>
                        <div className="text-xs text-muted-foreground">{issue.invoice.status}</div>
                      </TableCell>
                      <TableCell className="text-right tabular-nums">
                        {formatMoney(issue.payment.amount, issue.payment.currency)}
                        <div className="text-xs text-muted-foreground">{issue.payment.provider}</div>
                      </TableCell>
                      <TableCell><RetryCell issue={issue} /></TableCell>
                      <TableCell><MessageCell message={issue.message} /></TableCell>
                      <TableCell className="pr-6">
                        {issue.status === "open" ? <PaymentIssueActions issue={issue} onRetried={setNotice} /> : <ResolutionCell issue={issue} />}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </Card>
        )}
      </QueryStates>
      {issues.data && issues.data.total > 0 ? (
        <Pagination page={page} pageCount={Math.ceil(issues.data.total / PAGE_SIZE)} total={issues.data.total} onPageChange={(next) => update({ page: next })} />
      ) : null}
    </div>
  );
}
