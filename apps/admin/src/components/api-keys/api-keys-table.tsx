"use client";

import { useQuery } from "@tanstack/react-query";
import { Badge } from "@tillbox/ui";
import { DataTable, type DataTableColumn } from "@tillbox/ui/data-table";
import { KeyRound } from "lucide-react";
import { useMemo } from "react";
import { errorMessage, useTRPC, type RouterOutputs } from "~/lib/trpc";
import { RevokeKeyButton } from "./revoke-key-button";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useFormat } from "~/lib/use-format";

type KeyRow = RouterOutputs["apiKeys"]["list"][number];

// label: a key of app.apiKeys.
function keyState(key: { revokedAt: Date | null; expiresAt: Date | null }, now: number) {
  if (key.revokedAt) return { label: "revoked", variant: "secondary" } as const;
  if (key.expiresAt && new Date(key.expiresAt).getTime() <= now) return { label: "expired", variant: "warning" } as const;
  return { label: "active", variant: "success" } as const;
}

/** Your own keys; secrets are never listed, only the prefix that identifies a key in logs. */
export function ApiKeysTable() {
  const { formatDateTime, formatRelative } = useFormat();
  const { t } = useMessages("app.apiKeys");
  const trpc = useTRPC();
  const keys = useQuery({ ...trpc.apiKeys.list.queryOptions(), select: (items) => ({ items }) });
  const columns = useMemo<DataTableColumn<KeyRow>[]>(
    () => [
      {
        id: "name",
        header: t("name"),
        cell: (key) => (
          <>
            <div className="font-medium">{key.name}</div>
            <div className="font-mono text-xs text-muted-foreground">{key.prefix}…</div>
            <div className="text-xs text-muted-foreground">{t("createdAt", { date: formatDateTime(key.createdAt) })}</div>
          </>
        ),
      },
      {
        id: "scopes",
        header: t("scopes"),
        cell: (key) => (
          <div className="flex max-w-sm flex-wrap gap-1">
            {key.scopes.map((scope) => (
              <Badge key={scope} variant="outline" className="font-mono">
                {scope}
              </Badge>
            ))}
          </div>
        ),
      },
      {
        id: "lastUsed",
        header: t("lastUsed"),
        className: "text-muted-foreground",
        cell: (key) => <span title={formatDateTime(key.lastUsedAt)}>{key.lastUsedAt ? formatRelative(key.lastUsedAt) : t("never")}</span>,
      },
      { id: "expires", header: t("expires"), className: "text-muted-foreground", cell: (key) => (key.expiresAt ? formatDateTime(key.expiresAt) : t("never")) },
      {
        id: "status",
        header: t("status"),
        cell: (key) => {
          const state = keyState(key, Date.now());
          return <Badge variant={state.variant}>{t(state.label)}</Badge>;
        },
      },
      { id: "actions", header: t("actions"), className: "text-right", cell: (key) => (key.revokedAt ? null : <RevokeKeyButton apiKey={key} />) },
    ],
    [t, formatDateTime, formatRelative],
  );

  return (
    <DataTable
      testId="api-keys-table"
      columns={columns}
      query={keys}
      formatError={errorMessage}
      empty={{ icon: <KeyRound />, title: t("noApiKeys"), description: t("createOneForAScript") }}
      getRowId={(key) => key.id}
    />
  );
}
