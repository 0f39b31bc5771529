"use client";

import { useQuery } from "@tanstack/react-query";
import { Badge, Card, QueryStates, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@tillbox/ui";
import { KeyRound } from "lucide-react";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { RevokeKeyButton } from "./revoke-key-button";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useFormat } from "~/lib/use-format";

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
  const keys = useQuery(trpc.apiKeys.list.queryOptions());
  const now = Date.now();

  return (
    <QueryStates query={keys} formatError={errorMessage} skeletonClassName="h-40 w-full" errorHidesData isEmpty={(data) => data.length === 0} empty={{ icon: <KeyRound />, title: t("noApiKeys"), description: t("createOneForAScript") }}>
      {(data) => (
        <div className="grid gap-3">
          <Card className="py-0">
            <Table data-testid="api-keys-table">
              <TableHeader>
                <TableRow className="hover:bg-transparent">
                  <TableHead className="pl-6">{t("name")}</TableHead>
                  <TableHead>{t("scopes")}</TableHead>
                  <TableHead>{t("lastUsed")}</TableHead>
                  <TableHead>{t("expires")}</TableHead>
                  <TableHead>{t("status")}</TableHead>
                  <TableHead className="pr-6 text-right">{t("actions")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.map((key) => {
                  const state = keyState(key, now);
                  return (
                    <TableRow key={key.id} className="align-top">
                      <TableCell className="pl-6">
                        <div className="font-medium">{key.name}</div>
                        <div className="font-mono text-xs text-muted-foreground">{key.prefix}…</div>
                        <div className="text-xs text-muted-foreground">Created {formatDateTime(key.createdAt)}</div>
                      </TableCell>
                      <TableCell>
                        <div className="flex max-w-sm flex-wrap gap-1">
                          {key.scopes.map((scope) => (
                            <Badge key={scope} variant="outline" className="font-mono">
                              {scope}
                            </Badge>
                          ))}
                        </div>
                      </TableCell>
                      <TableCell className="text-muted-foreground" title={formatDateTime(key.lastUsedAt)}>
                        {key.lastUsedAt ? formatRelative(key.lastUsedAt) : t("never")}
                      </TableCell>
                      <TableCell className="text-muted-foreground">{key.expiresAt ? formatDateTime(key.expiresAt) : t("never")}</TableCell>
                      <TableCell>
                        <Badge variant={state.variant}>{t(state.label)}</Badge>
                      </TableCell>
                      <TableCell className="pr-6 text-right">
                        {key.revokedAt ? null : <RevokeKeyButton apiKey={key} />}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </Card>
        </div>
      )}
    </QueryStates>
  );
}
