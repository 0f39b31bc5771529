"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { Button, NativeSelect } from "@tillbox/ui";
import { DataTable, type DataTableColumn } from "@tillbox/ui/data-table";
import { RotateCcw, Send } from "lucide-react";
import { useMemo, useState } from "react";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { useFormat } from "~/lib/use-format";
import { DeliveryStatusBadge } from "./delivery-status-badge";
import type { DeliveryRow } from "./types";

const statuses = ["failed", "pending", "succeeded", "skipped"] as const;
type Status = (typeof statuses)[number];

/** One row per (event, function): where retries and failures show up. */
export function DeliveriesTable() {
  const { formatDateTime, formatRelative } = useFormat();
  const { t } = useMessages("app.events");
  const trpc = useTRPC();
  const [status, setStatus] = useState<Status | "">("");
  const deliveries = useQuery({
    ...trpc.events.deliveries.queryOptions({ limit: 50, status: status || undefined }),
    refetchInterval: 5_000,
    select: (items) => ({ items }),
  });
  const columns = useMemo<DataTableColumn<DeliveryRow>[]>(
    () => [
      {
        id: "function",
        header: t("function"),
        cell: (delivery) => (
          <>
            <div className="font-mono text-xs font-medium">{delivery.functionId}</div>
            <div className="font-mono text-xs text-muted-foreground" title={delivery.eventId}>
              {delivery.event.name} · {delivery.eventId.slice(0, 8)}
            </div>
          </>
        ),
      },
      { id: "status", header: t("status"), cell: (delivery) => <DeliveryStatusBadge status={delivery.status} /> },
      { id: "attempts", header: t("attempts"), className: "tabular-nums", cell: (delivery) => `${delivery.attempts}/${delivery.maxAttempts}` },
      {
        id: "lastError",
        header: t("lastError"),
        className: "max-w-xs",
        cell: (delivery) =>
          delivery.lastError ? (
            <p className="line-clamp-2 text-xs text-destructive" title={delivery.lastError}>
              {delivery.lastError}
            </p>
          ) : (
            <span className="text-muted-foreground">—</span>
          ),
      },
      {
        id: "updated",
        header: t("updated"),
        className: "whitespace-nowrap text-muted-foreground",
        cell: (delivery) => <span title={formatDateTime(delivery.updatedAt)}>{formatRelative(delivery.updatedAt)}</span>,
      },
      {
        id: "actions",
        header: null,
        className: "text-right",
        cell: (delivery) => (delivery.status === "failed" ? <RetryButton deliveryId={delivery.id} /> : null),
      },
    ],
    [t, formatDateTime, formatRelative],
  );
  const filter = (
    <NativeSelect aria-label={t("filterByStatus")} className="w-40" value={status} onChange={(event) => setStatus(event.target.value as Status | "")}>
      <option value="">{t("allStatuses")}</option>
      {statuses.map((value) => (
        <option key={value} value={value}>
          {value}
        </option>
      ))}
    </NativeSelect>
  );
  return (
    <DataTable
      title={t("deliveries")}
      description={t("eachSubscribedFunctionsAttemptAt")}
      toolbar={filter}
      columns={columns}
      query={deliveries}
      formatError={errorMessage}
      empty={{ icon: <Send />, title: t("noDeliveries"), description: t("nothingMatchesThisFilter") }}
      getRowId={(delivery) => delivery.id}
      rowTestId={(delivery) => `delivery-${delivery.id}`}
    />
  );
}

function RetryButton({ deliveryId }: { deliveryId: string }) {
  const { t } = useMessages("app.events");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const retry = useMutation(trpc.events.retry.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.events.pathKey() }) }));
  return (
    <>
      <Button size="sm" variant="outline" disabled={retry.isPending} onClick={() => retry.mutate({ deliveryId })}>
        <RotateCcw /> {retry.isPending ? t("retrying") : t("retry")}
      </Button>
      {retry.error ? <p className="mt-1 text-xs text-destructive">{errorMessage(retry.error)}</p> : null}
    </>
  );
}
