"use client";

import { useQuery, type SlotComponentProps } from "@tillbox/plugin-sdk/react";
import { Badge, useMessages } from "@tillbox/plugin-sdk/ui";
import { useWebhooksTRPC } from "./use-webhooks-trpc";

export const config = { zone: "admin.sidebar", label: "Webhooks", href: "/plugins/webhooks", icon: "Webhook", order: 80 };

/** The host renders the link; this badge flags failed deliveries of the last 24 hours. */
export function WebhooksSidebarBadge(_props: SlotComponentProps) {
  const { t } = useMessages("webhooks");
  const trpc = useWebhooksTRPC();
  const stats = useQuery(trpc.deliveries.stats.queryOptions({ hours: 24 }, { refetchInterval: 60_000 }));
  const failed = stats.data?.failed ?? 0;
  if (failed === 0) return null;
  return (
    <Badge variant="destructive" className="ml-auto" title={t("failedCount", { count: failed })}>
      {failed}
    </Badge>
  );
}

export default WebhooksSidebarBadge;
