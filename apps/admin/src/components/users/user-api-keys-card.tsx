"use client";

import { useQuery } from "@tanstack/react-query";
import { Alert, AlertDescription, Badge, Card, CardContent, CardDescription, CardHeader, CardTitle, Skeleton } from "@tillbox/ui";
import { useCan } from "~/components/auth/access";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { RevokeKeyButton } from "../api-keys/revoke-key-button";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useFormat } from "~/lib/use-format";

/** The user's keys, never their secrets; users:manage holders may revoke them (e.g. a leaked key). */
export function UserApiKeysCard({ userId }: { userId: string }) {
  const { formatDateTime, formatRelative } = useFormat();
  const { t } = useMessages("app.users");
  const trpc = useTRPC();
  const can = useCan();
  const keys = useQuery(trpc.users.apiKeys.queryOptions({ userId }));
  // apiKeys.revoke lets users:manage revoke anyone's key; the route itself only asks for api-keys:manage.
  const mayRevoke = can("apiKeys.revoke") && can("users.update");

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("apiKeys")}</CardTitle>
        <CardDescription>{t("keysThisUserCreatedFor")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-2 text-sm">
        {keys.isPending ? <Skeleton className="h-16" /> : null}
        {keys.data?.length === 0 ? <p className="text-muted-foreground">{t("noKeys")}</p> : null}
        {keys.data?.map((key) => (
          <div key={key.id} className="flex items-center justify-between gap-2 rounded-md border border-border p-2">
            <div className="min-w-0">
              <div className="truncate font-medium">{key.name}</div>
              <div className="font-mono text-xs text-muted-foreground">{key.prefix}…</div>
              <div className="text-xs text-muted-foreground" title={formatDateTime(key.lastUsedAt)}>
                {key.lastUsedAt ? `Used ${formatRelative(key.lastUsedAt)}` : t("neverUsed")}
              </div>
            </div>
            {key.revokedAt ? (
              <Badge variant="secondary">{t("revoked")}</Badge>
            ) : mayRevoke ? (
              <RevokeKeyButton apiKey={key} />
            ) : (
              <Badge variant="success">{t("active")}</Badge>
            )}
          </div>
        ))}
        {keys.isError ? (
          <Alert variant="destructive">
            <AlertDescription>{errorMessage(keys.error)}</AlertDescription>
          </Alert>
        ) : null}
      </CardContent>
    </Card>
  );
}
