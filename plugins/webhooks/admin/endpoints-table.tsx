"use client";

import { useState, type ReactNode } from "react";
import { useMutation, useQuery, useQueryClient } from "@tillbox/plugin-sdk/react";
import {
  Alert,
  AlertDescription,
  Badge,
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  EmptyState,
  Icon,
  Skeleton,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@tillbox/plugin-sdk/ui";
import { EndpointActions, type Feedback } from "./endpoint-actions";
import { errorMessage, formatDateTime } from "./format";
import type { Translate } from "@tillbox/plugin-sdk/ui";
import { useWebhooksTRPC } from "./use-webhooks-trpc";

export function EndpointsTable({ t, locale, action }: { t: Translate; locale: string; action: ReactNode }) {
  const trpc = useWebhooksTRPC();
  const queryClient = useQueryClient();
  const endpoints = useQuery(trpc.endpoints.list.queryOptions());
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const toggle = useMutation(
    trpc.endpoints.update.mutationOptions({
      // A failure shows in the table's feedback line.
      meta: { toast: { error: false } },
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.endpoints.list.queryKey() }),
      onError: (error) => setFeedback({ tone: "error", text: t("error", { error: errorMessage(error) }) }),
    }),
  );

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("endpoints")}</CardTitle>
        <CardDescription>{t("endpointsDescription")}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {feedback && (
          <Alert variant={feedback.tone === "error" ? "destructive" : "info"}>
            <Icon name={feedback.tone === "error" ? "CircleAlert" : "CircleCheck"} />
            <AlertDescription>{feedback.text}</AlertDescription>
          </Alert>
        )}
        {endpoints.isPending ? (
          <div className="space-y-2">
            <Skeleton className="h-10" />
            <Skeleton className="h-10" />
          </div>
        ) : endpoints.error ? (
          <Alert variant="destructive">
            <AlertDescription>{t("error", { error: errorMessage(endpoints.error) })}</AlertDescription>
          </Alert>
        ) : endpoints.data.length === 0 ? (
          <EmptyState icon={<Icon name="Webhook" />} title={t("noEndpoints")} description={t("noEndpointsHint")} action={action} />
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t("url")}</TableHead>
                <TableHead>{t("events")}</TableHead>
                <TableHead>{t("secret")}</TableHead>
                <TableHead>{t("enabled")}</TableHead>
                <TableHead className="text-right">{t("actions")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {endpoints.data.map((endpoint) => (
                <TableRow key={endpoint.id}>
                  <TableCell className="max-w-xs">
                    <div className="truncate font-mono text-xs" title={endpoint.url}>
                      {endpoint.url}
                    </div>
                    {endpoint.description && <div className="truncate text-xs text-muted-foreground">{endpoint.description}</div>}
                  </TableCell>
                  <TableCell>
                    <div className="flex max-w-xs flex-wrap gap-1">
                      {endpoint.events.map((name) => (
                        <Badge key={name} variant="outline" className="font-mono">
                          {name === "*" ? t("allEvents") : name}
                        </Badge>
                      ))}
                    </div>
                  </TableCell>
                  <TableCell>
                    <code className="font-mono text-xs text-muted-foreground">{endpoint.secretHint}</code>
                    {endpoint.previousSecretExpiresAt && (
                      <div className="text-xs text-warning">{t("rotating", { date: formatDateTime(endpoint.previousSecretExpiresAt, locale) })}</div>
                    )}
                  </TableCell>
                  <TableCell>
                    <Switch
                      checked={endpoint.enabled}
                      aria-label={endpoint.enabled ? t("enabled") : t("disabled")}
                      onCheckedChange={(enabled) => toggle.mutate({ id: endpoint.id, enabled })}
                    />
                  </TableCell>
                  <TableCell>
                    <EndpointActions endpoint={endpoint} t={t} onFeedback={setFeedback} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
