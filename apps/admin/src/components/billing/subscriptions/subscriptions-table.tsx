"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Button, Card, Label, QueryStates, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@tillbox/ui";
import { NativeSelect } from "@tillbox/ui/input";
import { Repeat } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { useListParams } from "~/components/users/use-list-params";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { CustomerFilter } from "../invoices/customer-filter";
import { SubscriptionStatusBadge } from "../status-badges";
import { useCan } from "~/components/auth/access";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useFormat } from "~/lib/use-format";

const statuses = ["active", "trialing", "past_due", "unpaid", "paused", "incomplete", "incomplete_expired", "canceled"] as const;
const filterKeys = ["status", "userId"] as const;
const PAGE_SIZE = 50;

/** All subscriptions, newest first; filters in the URL, cursor pages kept as a stack for "Previous". */
export function SubscriptionsTable() {
  const { formatDateTime, formatMoney } = useFormat();
  const { t } = useMessages("app.subscriptions");
  const trpc = useTRPC();
  const can = useCan();
  const { values, update } = useListParams(filterKeys);
  const [cursors, setCursors] = useState<string[]>([]);
  const status = (statuses as readonly string[]).includes(values.status) ? values.status : undefined;
  const list = useQuery({
    ...trpc.billing.subscriptions.admin.list.queryOptions({ status, userId: values.userId || undefined, limit: PAGE_SIZE, cursor: cursors.at(-1) }),
    placeholderData: keepPreviousData,
  });
  const filter = (changes: Partial<Record<(typeof filterKeys)[number], string>>) => (setCursors([]), update(changes));

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-end gap-3" role="search">
        <div className="grid gap-1.5">
          <Label htmlFor="subscription-status">{t("status")}</Label>
          <NativeSelect id="subscription-status" value={values.status} onChange={(event) => filter({ status: event.target.value })} className="w-44">
            <option value="">{t("anyStatus")}</option>
            {statuses.map((option) => (
              <option key={option} value={option}>{option.replace(/_/g, " ")}</option>
            ))}
          </NativeSelect>
        </div>
        <CustomerFilter userId={values.userId} onChange={(userId) => filter({ userId })} canSearch={can("users.list")} />
      </div>
      <QueryStates query={list} formatError={errorMessage} skeletonClassName="h-64 w-full" isEmpty={(data) => data.items.length === 0} empty={{ icon: <Repeat />, title: t("noSubscriptionsMatch"), description: t("changeTheFilters") }}>
        {(data) => (
          <Card className="py-0">
            <Table data-testid="subscriptions-table">
              <TableHeader>
                <TableRow className="hover:bg-transparent">
                  <TableHead className="pl-6">{t("customer")}</TableHead>
                  <TableHead>{t("plan")}</TableHead>
                  <TableHead>{t("status")}</TableHead>
                  <TableHead className="text-right">{t("price")}</TableHead>
                  <TableHead>{t("periodEnds")}</TableHead>
                  <TableHead className="pr-6">{t("created")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.items.map((subscription) => (
                  <TableRow key={subscription.id} data-testid={`subscription-row-${subscription.id}`}>
                    <TableCell className="pl-6">
                      <Link href={`/subscriptions/${subscription.id}`} className="font-medium hover:underline">{subscription.user.name ?? subscription.user.email}</Link>
                      {subscription.user.name ? <div className="text-xs text-muted-foreground">{subscription.user.email}</div> : null}
                    </TableCell>
                    <TableCell>{subscription.plan.name}</TableCell>
                    <TableCell>
                      <SubscriptionStatusBadge status={subscription.status} />
                      {subscription.cancelAtPeriodEnd ? <div className="text-xs text-muted-foreground">cancels at period end</div> : null}
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{formatMoney(subscription.unitAmount * subscription.quantity, subscription.currency)}</TableCell>
                    <TableCell className="text-muted-foreground">{formatDateTime(subscription.currentPeriodEnd)}</TableCell>
                    <TableCell className="pr-6 text-muted-foreground">{formatDateTime(subscription.createdAt)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Card>
        )}
      </QueryStates>
      <div className="flex justify-end gap-2">
        <Button variant="outline" size="sm" disabled={cursors.length === 0} onClick={() => setCursors((stack) => stack.slice(0, -1))}>{t("previous")}</Button>
        <Button variant="outline" size="sm" disabled={!list.data?.nextCursor} onClick={() => list.data?.nextCursor && setCursors((stack) => [...stack, list.data.nextCursor!])}>{t("next")}</Button>
      </div>
    </div>
  );
}
