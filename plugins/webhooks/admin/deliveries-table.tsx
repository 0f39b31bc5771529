"use client";

import { Fragment, useState } from "react";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tillbox/plugin-sdk/react";
import {
  Button,
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  EmptyState,
  Icon,
  NativeSelect,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@tillbox/plugin-sdk/ui";
import { formatDateTime, formatDuration, formatRelative } from "./format";
import { DeliveryStatusBadge, ResponseCode } from "./status-badge";
import type { Delivery, DeliveryStatus } from "./types";
import type { Translate } from "@tillbox/plugin-sdk/ui";
import { useWebhooksTRPC } from "./use-webhooks-trpc";

export function DeliveriesTable({ t, locale }: { t: Translate; locale: string }) {
  const trpc = useWebhooksTRPC();
  const [status, setStatus] = useState<DeliveryStatus | "">("");
  const [endpointId, setEndpointId] = useState("");
  const endpoints = useQuery(trpc.endpoints.list.queryOptions());
  const deliveries = useInfiniteQuery(
    trpc.deliveries.list.infiniteQueryOptions(
      { status: status || undefined, endpointId: endpointId || undefined, limit: 25 },
      // Pending retries change state on their own; a gentle poll keeps the log honest.
      { getNextPageParam: (page) => page.nextCursor, refetchInterval: 15_000 },
    ),
  );
  const items = deliveries.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Card>
      <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-4">
        <div className="space-y-1.5">
          <CardTitle>{t("deliveries")}</CardTitle>
          <CardDescription>{t("deliveriesDescription")}</CardDescription>
        </div>
        <div className="flex gap-2">
          <NativeSelect aria-label={t("status")} className="w-40" value={status} onChange={(event) => setStatus(event.target.value as DeliveryStatus | "")}>
            <option value="">{t("allStatuses")}</option>
            <option value="pending">{t("statusPending")}</option>
            <option value="succeeded">{t("statusSucceeded")}</option>
            <option value="failed">{t("statusFailed")}</option>
          </NativeSelect>
          <NativeSelect aria-label={t("endpoint")} className="w-56" value={endpointId} onChange={(event) => setEndpointId(event.target.value)}>
            <option value="">{t("allEndpoints")}</option>
            {endpoints.data?.map((endpoint) => (
              <option key={endpoint.id} value={endpoint.id}>
                {endpoint.description || endpoint.url}
              </option>
            ))}
          </NativeSelect>
        </div>
      </CardHeader>
      <CardContent className="space-y-4">
        {deliveries.isPending ? (
          <Skeleton className="h-24" />
        ) : items.length === 0 ? (
          <EmptyState icon={<Icon name="Inbox" />} title={t("noDeliveries")} />
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead className="w-8" />
                <TableHead>{t("event")}</TableHead>
                <TableHead>{t("status")}</TableHead>
                <TableHead>{t("response")}</TableHead>
                <TableHead>{t("duration")}</TableHead>
                <TableHead>{t("attempts")}</TableHead>
                <TableHead>{t("created")}</TableHead>
                <TableHead />
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((delivery) => (
                <DeliveryRow key={delivery.id} delivery={delivery} t={t} locale={locale} />
              ))}
            </TableBody>
          </Table>
        )}
        {deliveries.hasNextPage && (
          <div className="flex justify-center">
            <Button variant="outline" disabled={deliveries.isFetchingNextPage} onClick={() => deliveries.fetchNextPage()}>
              {t("loadMore")}
            </Button>
          </div>
        )}
      </CardContent>
    </Card>
  );
}

function DeliveryRow({ delivery, t, locale }: { delivery: Delivery; t: Translate; locale: string }) {
  const trpc = useWebhooksTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const redeliver = useMutation(trpc.deliveries.redeliver.mutationOptions({ onSettled: () => queryClient.invalidateQueries(trpc.deliveries.pathFilter()) }));
  return (
    <Fragment>
      <TableRow className="cursor-pointer" onClick={() => setOpen(!open)}>
        <TableCell>
          <Icon name={open ? "ChevronDown" : "ChevronRight"} className="size-4 text-muted-foreground" />
        </TableCell>
        <TableCell>
          <div className="font-mono text-xs">{delivery.eventName}</div>
          <div className="max-w-56 truncate text-xs text-muted-foreground" title={delivery.endpoint.url}>
            {delivery.endpoint.url}
          </div>
        </TableCell>
        <TableCell>
          <DeliveryStatusBadge status={delivery.status} t={t} />
          {delivery.status === "pending" && delivery.nextAttemptAt && (
            <div className="mt-1 text-xs text-muted-foreground">{t("nextAttempt", { time: formatRelative(delivery.nextAttemptAt, locale) })}</div>
          )}
        </TableCell>
        <TableCell>
          {delivery.attempts > 0 ? <ResponseCode code={delivery.lastStatusCode} /> : "—"}
          {delivery.lastError && delivery.lastStatusCode === null && (
            <div className="max-w-48 truncate text-xs text-muted-foreground">{delivery.lastError}</div>
          )}
        </TableCell>
        <TableCell className="tabular-nums">{formatDuration(delivery.lastDurationMs)}</TableCell>
        <TableCell className="tabular-nums">{delivery.attempts}</TableCell>
        <TableCell className="whitespace-nowrap text-xs text-muted-foreground" title={formatDateTime(delivery.createdAt, locale)}>
          {formatRelative(delivery.createdAt, locale)}
        </TableCell>
        <TableCell className="text-right">
          <Button
            size="sm"
            variant="outline"
            disabled={redeliver.isPending}
            onClick={(event) => {
              event.stopPropagation();
              redeliver.mutate({ id: delivery.id });
            }}
          >
            <Icon name={redeliver.isPending ? "LoaderCircle" : "RotateCw"} className={redeliver.isPending ? "animate-spin" : undefined} />
            {t("redeliver")}
          </Button>
        </TableCell>
      </TableRow>
      {open && (
        <TableRow className="bg-muted/30 hover:bg-muted/30">
          <TableCell />
          <TableCell colSpan={7}>
            <ol className="space-y-1 text-xs">
              <li className="pb-1 font-mono text-muted-foreground">id {delivery.eventId}</li>
              {delivery.attemptsLog.map((attempt) => (
                <li key={attempt.id} className="flex flex-wrap items-center gap-3">
                  <span className="w-20 font-medium">{t("attemptLog", { number: attempt.number })}</span>
                  <ResponseCode code={attempt.statusCode} />
                  <span className="w-16 tabular-nums text-muted-foreground">{formatDuration(attempt.durationMs)}</span>
                  <span className="text-muted-foreground">{formatDateTime(attempt.createdAt, locale)}</span>
                  {attempt.manual && <span className="rounded bg-secondary px-1.5 text-secondary-foreground">{t("manual")}</span>}
                  {attempt.error && <span className="text-destructive">{attempt.error}</span>}
                </li>
              ))}
            </ol>
          </TableCell>
        </TableRow>
      )}
    </Fragment>
  );
}
