"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { Label } from "@tillbox/ui";
import { DataTable, useCursorPages, type DataTableColumn } from "@tillbox/ui/data-table";
import { NativeSelect } from "@tillbox/ui/input";
import { Repeat } from "lucide-react";
import Link from "next/link";
import { useMemo } from "react";
import { useCan } from "~/components/auth/access";
import { useListParams } from "~/components/users/use-list-params";
import { errorMessage, useTRPC, type RouterOutputs } from "~/lib/trpc";
import { useFormat } from "~/lib/use-format";
import { CustomerFilter } from "../invoices/customer-filter";
import { SubscriptionStatusBadge } from "../status-badges";

const statuses = ["active", "trialing", "past_due", "unpaid", "paused", "incomplete", "incomplete_expired", "canceled"] as const;
const filterKeys = ["status", "userId"] as const;
const PAGE_SIZE = 50;
type SubscriptionRow = RouterOutputs["billing"]["subscriptions"]["admin"]["list"]["items"][number];

/** All subscriptions, newest first; filters in the URL, cursor pages kept as a stack for "Previous". */
export function SubscriptionsTable() {
  const { formatDateTime, formatMoney } = useFormat();
  const { t } = useMessages("app.subscriptions");
  const trpc = useTRPC();
  const can = useCan();
  const { values, update } = useListParams(filterKeys);
  const pages = useCursorPages();
  const status = statuses.find((known) => known === values.status);
  const list = useQuery({
    ...trpc.billing.subscriptions.admin.list.queryOptions({ status, userId: values.userId || undefined, limit: PAGE_SIZE, cursor: pages.cursor }),
    placeholderData: keepPreviousData,
  });
  const filter = (changes: Partial<Record<(typeof filterKeys)[number], string>>) => (pages.reset(), update(changes));

  const columns = useMemo<DataTableColumn<SubscriptionRow>[]>(
    () => [
      {
        id: "customer",
        header: t("customer"),
        cell: (subscription) => (
          <>
            <Link href={`/subscriptions/${subscription.id}`} className="font-medium hover:underline">
              {subscription.user.name ?? subscription.user.email}
            </Link>
            {subscription.user.name ? <div className="text-xs text-muted-foreground">{subscription.user.email}</div> : null}
          </>
        ),
      },
      { id: "plan", header: t("plan"), cell: (subscription) => subscription.plan.name },
      {
        id: "status",
        header: t("status"),
        cell: (subscription) => (
          <>
            <SubscriptionStatusBadge status={subscription.status} />
            {subscription.cancelAtPeriodEnd ? <div className="text-xs text-muted-foreground">{t("cancelsAtPeriodEnd")}</div> : null}
          </>
        ),
      },
      {
        id: "price",
        header: t("price"),
        className: "text-right tabular-nums",
        cell: (subscription) => formatMoney(subscription.unitAmount * subscription.quantity, subscription.currency),
      },
      { id: "periodEnds", header: t("periodEnds"), className: "text-muted-foreground", cell: (subscription) => formatDateTime(subscription.currentPeriodEnd) },
      { id: "created", header: t("created"), className: "text-muted-foreground", cell: (subscription) => formatDateTime(subscription.createdAt) },
    ],
    [t, formatDateTime, formatMoney],
  );

  const filters = (
    <div className="flex flex-wrap items-end gap-3" role="search">
      <div className="grid gap-1.5">
        <Label htmlFor="subscription-status">{t("status")}</Label>
        <NativeSelect id="subscription-status" value={values.status} onChange={(event) => filter({ status: event.target.value })} className="w-44">
          <option value="">{t("anyStatus")}</option>
          {statuses.map((option) => (
            <option key={option} value={option}>
              {option.replace(/_/g, " ")}
            </option>
          ))}
        </NativeSelect>
      </div>
      <CustomerFilter userId={values.userId} onChange={(userId) => filter({ userId })} canSearch={can("users.list")} />
    </div>
  );

  return (
    <DataTable
      testId="subscriptions-table"
      columns={columns}
      query={list}
      formatError={errorMessage}
      empty={{ icon: <Repeat />, title: t("noSubscriptionsMatch"), description: t("changeTheFilters") }}
      getRowId={(subscription) => subscription.id}
      rowTestId={(subscription) => `subscription-row-${subscription.id}`}
      toolbar={filters}
      paging={pages.paging(list.data?.nextCursor)}
    />
  );
}
