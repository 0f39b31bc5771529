"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Button,
  Card,
  CardDescription,
  CardHeader,
  CardTitle,
  NativeSelect,
  QueryStates,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@tillbox/ui";
import { RotateCcw, Send } from "lucide-react";
import { useState } from "react";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { DeliveryStatusBadge } from "./delivery-status-badge";
import type { DeliveryRow } from "./types";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useFormat } from "~/lib/use-format";

const statuses = ["failed", "pending", "succeeded", "skipped"] as const;
type Status = (typeof statuses)[number];

/** One row per (event, function): where retries and failures show up. */
export function DeliveriesTable() {
  const { t } = useMessages("app.events");
  const trpc = useTRPC();
  const [status, setStatus] = useState<Status | "">("");
  const deliveries = useQuery({ ...trpc.events.deliveries.queryOptions({ limit: 50, status: status || undefined }), refetchInterval: 5_000 });
  return (
    <Card className="gap-0 pb-0">
      <CardHeader className="flex flex-row items-start justify-between gap-4 pb-4">
        <div className="space-y-1.5">
          <CardTitle>{t("deliveries")}</CardTitle>
          <CardDescription>{t("eachSubscribedFunctionsAttemptAt")}</CardDescription>
        </div>
        <NativeSelect aria-label={t("filterByStatus")} className="w-40" value={status} onChange={(event) => setStatus(event.target.value as Status | "")}>
          <option value="">{t("allStatuses")}</option>
          {statuses.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </NativeSelect>
      </CardHeader>
      <QueryStates query={deliveries} formatError={errorMessage} skeletonClassName="mx-6 mb-6 h-32" errorClassName="mx-6 mb-6 w-auto" errorIcon={false} isEmpty={(data) => data.length === 0} empty={{ className: "mx-6 mb-6", icon: <Send />, title: t("noDeliveries"), description: t("nothingMatchesThisFilter") }}>
        {(data) => (
          <Table>
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                <TableHead className="pl-6">{t("function")}</TableHead>
                <TableHead>{t("status")}</TableHead>
                <TableHead>{t("attempts")}</TableHead>
                <TableHead>{t("lastError")}</TableHead>
                <TableHead>{t("updated")}</TableHead>
                <TableHead className="pr-6 text-right" />
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.map((delivery) => (
                <DeliveryTableRow key={delivery.id} delivery={delivery} />
              ))}
            </TableBody>
          </Table>
        )}
      </QueryStates>
    </Card>
  );
}

function DeliveryTableRow({ delivery }: { delivery: DeliveryRow }) {
  const { formatDateTime, formatRelative } = useFormat();
  const { t } = useMessages("app.events");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const retry = useMutation(trpc.events.retry.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.events.pathKey() }) }));
  return (
    <TableRow className="align-top" data-testid={`delivery-${delivery.id}`}>
      <TableCell className="pl-6">
        <div className="font-mono text-xs font-medium">{delivery.functionId}</div>
        <div className="font-mono text-xs text-muted-foreground" title={delivery.eventId}>
          {delivery.event.name} · {delivery.eventId.slice(0, 8)}
        </div>
      </TableCell>
      <TableCell>
        <DeliveryStatusBadge status={delivery.status} />
      </TableCell>
      <TableCell className="tabular-nums">
        {delivery.attempts}/{delivery.maxAttempts}
      </TableCell>
      <TableCell className="max-w-xs">
        {delivery.lastError ? (
          <p className="line-clamp-2 text-xs text-destructive" title={delivery.lastError}>
            {delivery.lastError}
          </p>
        ) : (
          <span className="text-muted-foreground">—</span>
        )}
        {retry.error ? <p className="mt-1 text-xs text-destructive">{errorMessage(retry.error)}</p> : null}
      </TableCell>
      <TableCell className="whitespace-nowrap text-muted-foreground" title={formatDateTime(delivery.updatedAt)}>
        {formatRelative(delivery.updatedAt)}
      </TableCell>
      <TableCell className="pr-6 text-right">
        {delivery.status === "failed" ? (
          <Button size="sm" variant="outline" disabled={retry.isPending} onClick={() => retry.mutate({ deliveryId: delivery.id })}>
            <RotateCcw /> {retry.isPending ? t("retrying") : t("retry")}
          </Button>
        ) : null}
      </TableCell>
    </TableRow>
  );
}
