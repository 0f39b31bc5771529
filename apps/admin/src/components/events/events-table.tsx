"use client";

import { useQuery } from "@tanstack/react-query";
import {
  Card,
  CardDescription,
  CardHeader,
  CardTitle,
  QueryStates,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@tillbox/ui";
import { Inbox } from "lucide-react";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { DeliveryStatusBadge } from "./delivery-status-badge";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useFormat } from "~/lib/use-format";

/** Recent outbox rows: what the platform emitted, and whether the relay handed it on. */
export function EventsTable() {
  const { formatDateTime, formatRelative } = useFormat();
  const { t } = useMessages("app.events");
  const trpc = useTRPC();
  const events = useQuery({ ...trpc.events.list.queryOptions({ limit: 50 }), refetchInterval: 5_000 });
  return (
    <Card className="gap-0 pb-0">
      <CardHeader className="pb-4">
        <CardTitle>{t("recentEvents")}</CardTitle>
        <CardDescription>{t("writtenToTheOutboxIn")}</CardDescription>
      </CardHeader>
      <QueryStates query={events} formatError={errorMessage} skeletonClassName="mx-6 mb-6 h-32" errorClassName="mx-6 mb-6 w-auto" errorIcon={false} isEmpty={(data) => data.length === 0} empty={{ className: "mx-6 mb-6", icon: <Inbox />, title: t("noEventsYet"), description: t("enableAPluginOrChange") }}>
        {(data) => (
          <Table>
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                <TableHead className="pl-6">{t("event")}</TableHead>
                <TableHead>{t("status")}</TableHead>
                <TableHead>{t("deliveries")}</TableHead>
                <TableHead>{t("created")}</TableHead>
                <TableHead className="pr-6">{t("id")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.map((event) => (
                <TableRow key={event.id}>
                  <TableCell className="pl-6 font-mono text-xs font-medium">{event.name}</TableCell>
                  <TableCell>
                    <DeliveryStatusBadge status={event.status} />
                  </TableCell>
                  <TableCell className="text-xs">
                    <DeliverySummary statuses={event.deliveries.map((delivery) => delivery.status)} />
                    {event.lastError ? <p className="mt-1 line-clamp-2 text-destructive" title={event.lastError}>{event.lastError}</p> : null}
                  </TableCell>
                  <TableCell className="text-muted-foreground" title={formatDateTime(event.createdAt)}>
                    {formatRelative(event.createdAt)}
                  </TableCell>
                  <TableCell className="pr-6 font-mono text-xs text-muted-foreground">{event.id.slice(0, 8)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </QueryStates>
    </Card>
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
