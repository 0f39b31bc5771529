"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Badge, Card, QueryStates, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@tillbox/ui";
import { Pagination } from "@tillbox/ui/pagination";
import { UserX } from "lucide-react";
import Link from "next/link";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { UserStatusBadge } from "./user-status-badge";
import { UsersFilters } from "./users-filters";
import { useListParams } from "./use-list-params";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useFormat } from "~/lib/use-format";

const PAGE_SIZE = 25;
const filterKeys = ["search", "status", "role"] as const;

export function UsersTable() {
  const { formatDateTime, formatRelative } = useFormat();
  const { t } = useMessages("app.users");
  const trpc = useTRPC();
  const { values, page, update } = useListParams(filterKeys);
  const status = values.status === "active" || values.status === "suspended" || values.status === "deleted" ? values.status : undefined;
  const users = useQuery({
    ...trpc.users.list.queryOptions({ search: values.search || undefined, status, role: values.role || undefined, page, pageSize: PAGE_SIZE }),
    // The old page stays on screen while the next loads, so the table doesn't flash empty.
    placeholderData: keepPreviousData,
  });

  return (
    <div className="grid gap-4">
      <UsersFilters values={values} onChange={update} />
      <QueryStates query={users} formatError={errorMessage} skeletonClassName="h-64 w-full" isEmpty={(data) => data.items.length === 0} empty={{ icon: <UserX />, title: t("noUsersMatch"), description: t("changeTheSearchOrThe") }}>
        {(data) => (
          <Card className="py-0">
            <Table data-testid="users-table">
              <TableHeader>
                <TableRow className="hover:bg-transparent">
                  <TableHead className="pl-6">{t("user")}</TableHead>
                  <TableHead>{t("roles")}</TableHead>
                  <TableHead>{t("status")}</TableHead>
                  <TableHead>{t("lastSignIn")}</TableHead>
                  <TableHead className="pr-6">{t("joined")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.items.map((user) => (
                  <TableRow key={user.id} data-testid={`user-row-${user.email}`}>
                    <TableCell className="pl-6">
                      <Link href={`/users/${user.id}`} className="font-medium hover:underline">
                        {user.name ?? user.email}
                      </Link>
                      <div className="text-xs text-muted-foreground">
                        {user.email}
                        {user.emailVerifiedAt ? null : <span className="ml-1 text-warning">{t("unverified")}</span>}
                      </div>
                    </TableCell>
                    <TableCell>
                      <div className="flex flex-wrap gap-1">
                        {user.roles.length === 0 ? <span className="text-xs text-muted-foreground">{t("none")}</span> : null}
                        {user.roles.map((role) => (
                          <Badge key={role.key} variant="outline">
                            {role.name}
                          </Badge>
                        ))}
                      </div>
                    </TableCell>
                    <TableCell>
                      <UserStatusBadge status={user.status} />
                    </TableCell>
                    <TableCell className="text-muted-foreground" title={formatDateTime(user.lastLoginAt)}>
                      {user.lastLoginAt ? formatRelative(user.lastLoginAt) : t("never")}
                    </TableCell>
                    <TableCell className="pr-6 text-muted-foreground">{formatDateTime(user.createdAt)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Card>
        )}
      </QueryStates>
      {users.data && users.data.total > 0 ? (
        <Pagination page={users.data.page} pageCount={users.data.pageCount} total={users.data.total} onPageChange={(next) => update({ page: next })} />
      ) : null}
    </div>
  );
}
