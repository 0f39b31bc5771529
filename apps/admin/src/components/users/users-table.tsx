"use client";

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { Badge } from "@tillbox/ui";
import { DataTable, type DataTableColumn } from "@tillbox/ui/data-table";
import { UserX } from "lucide-react";
import Link from "next/link";
import { useMemo } from "react";
import { fetchAllPages, sortFromParam, sortToParam, tableSortOf } from "~/lib/list-sort";
import { errorMessage, useTRPC, type RouterOutputs } from "~/lib/trpc";
import { useFormat } from "~/lib/use-format";
import { UserStatusBadge } from "./user-status-badge";
import { UsersFilters } from "./users-filters";
import { useListParams } from "./use-list-params";

const PAGE_SIZE = 25;
const filterKeys = ["search", "status", "role", "sort"] as const;
const statuses = ["active", "suspended", "deleted"] as const;
const sortKeys = ["email", "name", "lastLoginAt", "createdAt"] as const;
type UserRow = RouterOutputs["users"]["list"]["items"][number];

export function UsersTable() {
  const { formatDateTime, formatRelative } = useFormat();
  const { t } = useMessages("app.users");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { values, page, update } = useListParams(filterKeys);
  const status = statuses.find((known) => known === values.status);
  const sort = sortFromParam(values.sort, sortKeys);
  const filters = { search: values.search || undefined, status, role: values.role || undefined, sort };
  const users = useQuery({
    ...trpc.users.list.queryOptions({ ...filters, page, pageSize: PAGE_SIZE }),
    // The old page stays on screen while the next loads, so the table doesn't flash empty.
    placeholderData: keepPreviousData,
  });

  const columns = useMemo<DataTableColumn<UserRow>[]>(
    () => [
      {
        id: "email",
        header: t("user"),
        sortable: true,
        cell: (user) => (
          <>
            <Link href={`/users/${user.id}`} className="font-medium hover:underline">
              {user.name ?? user.email}
            </Link>
            <div className="text-xs text-muted-foreground">
              {user.email}
              {user.emailVerifiedAt ? null : <span className="ml-1 text-warning">{t("unverified")}</span>}
            </div>
          </>
        ),
        csv: (user) => user.email,
        csvHeader: "email",
      },
      {
        id: "name",
        header: t("name"),
        sortable: true,
        className: "hidden xl:table-cell",
        cell: (user) => user.name ?? "",
        csv: (user) => user.name,
        csvHeader: "name",
      },
      {
        id: "roles",
        header: t("roles"),
        cell: (user) => (
          <div className="flex flex-wrap gap-1">
            {user.roles.length === 0 ? <span className="text-xs text-muted-foreground">{t("none")}</span> : null}
            {user.roles.map((role) => (
              <Badge key={role.key} variant="outline">
                {role.name}
              </Badge>
            ))}
          </div>
        ),
        csv: (user) => user.roles.map((role) => role.key).join(" "),
        csvHeader: "roles",
      },
      { id: "status", header: t("status"), cell: (user) => <UserStatusBadge status={user.status} />, csv: (user) => user.status, csvHeader: "status" },
      {
        id: "lastLoginAt",
        header: t("lastSignIn"),
        sortable: true,
        descFirst: true,
        className: "text-muted-foreground",
        cell: (user) => <span title={formatDateTime(user.lastLoginAt)}>{user.lastLoginAt ? formatRelative(user.lastLoginAt) : t("never")}</span>,
        csv: (user) => user.lastLoginAt?.toISOString() ?? null,
        csvHeader: "last_sign_in_at",
      },
      {
        id: "createdAt",
        header: t("joined"),
        sortable: true,
        descFirst: true,
        className: "text-muted-foreground",
        cell: (user) => formatDateTime(user.createdAt),
        csv: (user) => user.createdAt.toISOString(),
        csvHeader: "joined_at",
      },
    ],
    [t, formatDateTime, formatRelative],
  );

  return (
    <DataTable
      testId="users-table"
      columns={columns}
      query={users}
      formatError={errorMessage}
      empty={{ icon: <UserX />, title: t("noUsersMatch"), description: t("changeTheSearchOrThe") }}
      getRowId={(user) => user.id}
      rowTestId={(user) => `user-row-${user.email}`}
      toolbar={<UsersFilters values={values} onChange={update} />}
      sort={tableSortOf(sort)}
      onSortChange={(next) => update({ sort: sortToParam(next) })}
      paging={users.data && { page, pageCount: users.data.pageCount, total: users.data.total, onPageChange: (next) => update({ page: next }) }}
      csv={{
        filename: "users.csv",
        rows: () => fetchAllPages((page) => queryClient.fetchQuery(trpc.users.list.queryOptions({ ...filters, page, pageSize: 100 }))),
      }}
    />
  );
}
