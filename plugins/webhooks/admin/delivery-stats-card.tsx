"use client";

import { useQuery, type SlotComponentProps } from "@tillbox/plugin-sdk/react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle, Icon, Skeleton } from "@tillbox/plugin-sdk/ui";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useWebhooksTRPC } from "./use-webhooks-trpc";

export const config = { zone: "admin.dashboard", order: 50 };

/** Dashboard card: how many webhook deliveries went out, failed or still wait for a retry. */
export function DeliveryStatsCard(_props: SlotComponentProps) {
  const trpc = useWebhooksTRPC();
  const { t } = useMessages("webhooks");
  const stats = useQuery(trpc.deliveries.stats.queryOptions({ hours: 24 }));
  const tiles = [
    { key: "statusSucceeded", value: stats.data?.succeeded, tone: "text-success" },
    { key: "statusPending", value: stats.data?.pending, tone: "text-warning" },
    { key: "statusFailed", value: stats.data?.failed, tone: "text-destructive" },
  ] as const;
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Icon name="Webhook" className="size-4" />
          {t("stats")}
        </CardTitle>
        <CardDescription>
          <a className="underline-offset-4 hover:underline" href="/plugins/webhooks">
            {t("deliveries")} →
          </a>
        </CardDescription>
      </CardHeader>
      <CardContent className="grid grid-cols-3 gap-4">
        {tiles.map((tile) => (
          <div key={tile.key}>
            {stats.isPending ? <Skeleton className="h-7 w-10" /> : <div className={`text-2xl font-semibold tabular-nums ${tile.tone}`}>{tile.value ?? 0}</div>}
            <div className="text-xs text-muted-foreground">{t(tile.key)}</div>
          </div>
        ))}
      </CardContent>
    </Card>
  );
}

export default DeliveryStatsCard;
