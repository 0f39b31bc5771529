"use client";

import { useQuery } from "@tanstack/react-query";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { DataTable, type DataTableColumn } from "@tillbox/ui/data-table";
import { Inbox } from "lucide-react";
import { useMemo } from "react";
import { errorMessage, useTRPC, type RouterOutputs } from "~/lib/trpc";
import { useFormat } from "~/lib/use-format";
import { DeliveryStatusBadge } from "./delivery-status-badge";

type EventRow = RouterOutputs["events"]["list"][number];

/** Recent outbox rows: what the platform emitted, and whether the relay handed it on. */
export function EventsTable() {
  const { formatDateTime, formatRelative } = useFormat();
  const { t } = useMessages("app.events");
  const trpc = useTRPC();
  const events = useQuery({ ...trpc.events.list.queryOptions({ limit: 50 }), refetchInterval: 5_000, select: (items) => ({ items }) });
  const columns = useMemo<DataTableColumn<EventRow>[]>(
    () => [
      { id: "event", header: t("event"), className: "font-mono text-xs font-medium", cell: (event) => event.name },
      { id: "status", header: t("status"), cell: (event) => <DeliveryStatusBadge status={event.status} /> },
      {
        id: "deliveries",
        header: t("deliveries"),
        className: "text-xs",
        cell: (event) => (
          <>
            <DeliverySummary statuses={event.deliveries.map((delivery) => delivery.status)} />
            {event.lastError ? (
              <p className="mt-1 line-clamp-2 text-destructive" title={event.lastError}>
                {event.lastError}
              </p>
            ) : null}
          </>
        ),
      },
      {
        id: "created",
        header: t("created"),
        className: "text-muted-foreground",
        cell: (event) => <span title={formatDateTime(event.createdAt)}>{formatRelative(event.createdAt)}</span>,
      },
      { id: "id", header: t("id"), className: "font-mono text-xs text-muted-foreground", cell: (event) => event.id.slice(0, 8) },
    ],
    [t, formatDateTime, formatRelative],
  );
  return (
    <DataTable
      title={t("recentEvents")}
      description={t("writtenToTheOutboxIn")}
      columns={columns}
      query={events}
      formatError={errorMessage}
      empty={{ icon: <Inbox />, title: t("noEventsYet"), description: t("enableAPluginOrChange") }}
      getRowId={(event) => event.id}
    />
  );
}

/** "2 succeeded · 1 failed": enough to spot trouble; details are in the deliveries table. */
function DeliverySummary({ statuses }: { statuses: string[] }) {
  const { t } = useMessages("app.events");
  if (statuses.length === 0) return <span className="text-muted-foreground">{t("noSubscribers")}</span>;
  const counts = new Map<string, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  return (
    <span className="text-muted-foreground">
      {[...counts].map(([status, count], index) => (
        <span key={status} className={status === "failed" ? "font-medium text-destructive" : undefined}>
          {index > 0 ? " · " : ""}
          {count} {status}
        </span>
      ))}
    </span>
  );
}
