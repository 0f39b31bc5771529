"use client";

import { useQuery } from "@tanstack/react-query";
import { Button, Card, CardContent, CardDescription, CardHeader, CardTitle, Skeleton } from "@tillbox/ui";
import { Slot, useSlotEntries } from "@tillbox/ui/slot";
import { Activity, CircleAlert, Puzzle, Send } from "lucide-react";
import Link from "next/link";
import { OpenIssuesAlert } from "~/components/billing/payment-issues/open-issues-alert";
import { StatusBadge } from "~/components/plugin-manager/status-badge";
import { useTRPC } from "~/lib/trpc";
import { StatCard } from "./stat-card";
import { useMessages } from "@tillbox/plugin-sdk/ui";

export function Dashboard() {
  const { t } = useMessages("app.dashboard");
  const trpc = useTRPC();
  const plugins = useQuery(trpc.plugins.list.queryOptions());
  const events = useQuery(trpc.events.list.queryOptions({ limit: 200 }));
  const failed = useQuery(trpc.events.deliveries.queryOptions({ status: "failed", limit: 200 }));
  const installed = plugins.data?.filter((plugin) => plugin.installed);
  const hasPluginCards = useSlotEntries("admin.dashboard").length > 0;

  return (
    <div className="grid gap-6">
      <OpenIssuesAlert />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <StatCard
          label={t("pluginsEnabled")}
          value={installed?.filter((plugin) => plugin.status === "enabled").length}
          hint={installed ? t("ofInstalled", { count: installed.length }) : undefined}
          icon={Puzzle}
        />
        <StatCard label={t("pluginsInError")} value={installed?.filter((plugin) => plugin.status === "error").length} icon={CircleAlert} />
        <StatCard label={t("recentEvents")} value={events.data?.length} hint={t("last200AtMost")} icon={Activity} />
        <StatCard label={t("failedDeliveries")} value={failed.data?.length} hint={t("retryThemOnEvents")} icon={Send} />
      </div>
      <div className={hasPluginCards ? "grid gap-6 lg:grid-cols-3" : "grid gap-6"}>
        <Card className={hasPluginCards ? "lg:col-span-2" : undefined}>
          <CardHeader className="flex flex-row items-start justify-between">
            <div className="space-y-1.5">
              <CardTitle>{t("pluginStates")}</CardTitle>
              <CardDescription>{t("runtimeSwitchesStoredInThe")}</CardDescription>
            </div>
            <Button asChild variant="outline" size="sm">
              <Link href="/plugins">{t("manage")}</Link>
            </Button>
          </CardHeader>
          <CardContent>
            {plugins.isPending ? <Skeleton className="h-24" /> : null}
            {plugins.data?.length === 0 ? <p className="text-sm text-muted-foreground">{t("noPluginsInstalledYet")}</p> : null}
            <ul className="divide-y divide-border">
              {plugins.data?.map((plugin) => (
                <li key={plugin.slug} className="flex items-center justify-between gap-4 py-2.5">
                  <div className="min-w-0">
                    <p className="truncate text-sm font-medium">{plugin.name}</p>
                    <p className="truncate text-xs text-muted-foreground">{plugin.error ?? plugin.description}</p>
                  </div>
                  <StatusBadge status={plugin.status} />
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
        {hasPluginCards ? (
          <div className="grid content-start gap-6">
            <Slot zone="admin.dashboard" />
          </div>
        ) : null}
      </div>
    </div>
  );
}
