"use client";

import { useQuery } from "@tanstack/react-query";
import { Alert, AlertDescription, AlertTitle, Button, Card, CardContent, CardHeader, CardTitle, PageHeader, Skeleton } from "@tillbox/ui";
import { Slot } from "@tillbox/ui/slot";
import { ArrowLeft, ScrollText, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useCan } from "~/components/auth/access";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { ImpersonateButton } from "./impersonate-button";
import { UserApiKeysCard } from "./user-api-keys-card";
import { UserProfileForm } from "./user-profile-form";
import { UserRolesCard } from "./user-roles-card";
import { UserStatusBadge } from "./user-status-badge";
import { UserStatusCard } from "./user-status-card";
import { UserWalletCard } from "./user-wallet-card";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useFormat } from "~/lib/use-format";

export function UserDetail({ userId }: { userId: string }) {
  const { formatDateTime } = useFormat();
  const { t } = useMessages("app.users");
  const trpc = useTRPC();
  const can = useCan();
  const user = useQuery(trpc.users.get.queryOptions({ userId }));

  if (user.isPending) return <Skeleton className="h-96 w-full" />;
  if (user.isError) {
    return (
      <Alert variant="destructive">
        <TriangleAlert />
        <AlertTitle>{t("couldNotLoadThisUser")}</AlertTitle>
        <AlertDescription>{errorMessage(user.error)}</AlertDescription>
      </Alert>
    );
  }
  const detail = user.data;
  return (
    <>
      <Button asChild variant="ghost" size="sm" className="mb-2 -ml-2">
        <Link href="/users">
          <ArrowLeft aria-hidden /> {t("users")}
        </Link>
      </Button>
      <PageHeader
        title={
          <span className="flex items-center gap-3">
            {detail.name ?? detail.email} <UserStatusBadge status={detail.status} />
          </span>
        }
        description={detail.email}
        actions={
          <>
            {can("audit.list") ? (
              <Button asChild variant="outline" size="sm">
                <Link href={`/audit?targetType=user&targetId=${detail.id}`}>
                  <ScrollText aria-hidden /> {t("auditTrail")}
                </Link>
              </Button>
            ) : null}
            {can("users.impersonate") && detail.status === "active" ? <ImpersonateButton user={detail} /> : null}
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="grid content-start gap-6">
          <UserProfileForm user={detail} editable={can("users.update")} />
          <UserRolesCard userId={detail.id} roles={detail.roles} editable={can("users.assignRoles") && can("roles.list")} />
          {/* Cards of enabled plugins (zone admin.user.detail); each checks its own permissions. */}
          <Slot zone="admin.user.detail" props={{ userId: detail.id }} />
        </div>
        <div className="grid content-start gap-6">
          <Card>
            <CardHeader>
              <CardTitle>{t("account")}</CardTitle>
            </CardHeader>
            <CardContent>
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
                <dt className="text-muted-foreground">{t("emailVerified")}</dt>
                <dd>{detail.emailVerifiedAt ? formatDateTime(detail.emailVerifiedAt) : t("notYet")}</dd>
                <dt className="text-muted-foreground">{t("lastSignIn")}</dt>
                <dd>{detail.lastLoginAt ? formatDateTime(detail.lastLoginAt) : t("never")}</dd>
                <dt className="text-muted-foreground">{t("joined")}</dt>
                <dd>{formatDateTime(detail.createdAt)}</dd>
                <dt className="text-muted-foreground">{t("lockedUntil")}</dt>
                <dd>{detail.lockedUntil && new Date(detail.lockedUntil) > new Date() ? formatDateTime(detail.lockedUntil) : t("notLocked")}</dd>
                <dt className="text-muted-foreground">{t("activeApiKeys")}</dt>
                <dd>{detail.activeApiKeyCount}</dd>
              </dl>
            </CardContent>
          </Card>
          {can("users.suspend") && detail.status !== "deleted" ? <UserStatusCard userId={detail.id} status={detail.status} /> : null}
          {can("billing.wallet.ledgerOf") ? <UserWalletCard userId={detail.id} /> : null}
          <UserApiKeysCard userId={detail.id} />
        </div>
      </div>
    </>
  );
}
