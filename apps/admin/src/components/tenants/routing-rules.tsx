"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Badge,
  Button,
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  ConfirmDialog,
  QueryStates,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@tillbox/ui";
import { Pencil, Route, Trash2 } from "lucide-react";
import { useState } from "react";
import { useCan } from "~/components/auth/access";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { RouteForm } from "./route-form";
import { routeKindLabel } from "./route-kinds";

/** Host and path rules that map a request to its tenant; the resolver cache is cleared on each change. */
export function RoutingRules() {
  const trpc = useTRPC();
  const can = useCan();
  const queryClient = useQueryClient();
  const { t } = useMessages("app");
  const { t: tenantsText } = useMessages("app.tenants");
  const tenants = useQuery(trpc.tenants.list.queryOptions());
  const routes = useQuery(trpc.tenants.routes.list.queryOptions({}));
  const [editing, setEditing] = useState<string | null>(null);
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.tenants.pathKey() });
  const create = useMutation(trpc.tenants.routes.create.mutationOptions({ onSuccess: invalidate, meta: { toast: { error: false } } }));
  const update = useMutation(
    trpc.tenants.routes.update.mutationOptions({ meta: { toast: { error: false } }, onSuccess: async () => (setEditing(null), await invalidate()) }),
  );
  const remove = useMutation(trpc.tenants.routes.delete.mutationOptions({ onSuccess: invalidate, meta: { toast: { success: t("ruleDeleted") } } }));
  const editable = can("tenants.routes.update");
  const tenantName = (id: string) => tenants.data?.find((tenant) => tenant.id === id)?.name ?? id;
  // A failed delete shows in the same alert as a failed load.
  const routesState = { isPending: routes.isPending, isError: routes.isError || remove.isError, error: routes.error ?? remove.error, data: routes.data };

  return (
    <Card className="gap-0 pb-0">
      <CardHeader className="pb-4">
        <CardTitle>{t("routingRules")}</CardTitle>
        <CardDescription>{t("whichHostOrPathBelongs")}</CardDescription>
      </CardHeader>
      {can("tenants.routes.create") && tenants.data ? (
        <CardContent className="pb-4">
          <RouteForm
            key={create.isSuccess ? create.submittedAt : "new"}
            idPrefix="new-route"
            tenants={tenants.data}
            pending={create.isPending}
            error={create.error}
            submitLabel={t("addRule")}
            onSubmit={(values) => create.mutate(values)}
          />
        </CardContent>
      ) : null}
      <QueryStates
        query={routesState}
        formatError={errorMessage}
        skeletonClassName="mx-6 mb-6 h-24"
        errorClassName="mx-6 mb-6 w-auto"
        errorIcon={false}
        isEmpty={(data) => data.length === 0}
        empty={{ className: "mx-6 mb-6", icon: <Route />, title: t("noRules"), description: t("everyRequestResolvesToThe") }}
      >
        {(data) => (
          <Table data-testid="routes-table">
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                <TableHead className="pl-6">{t("tenant")}</TableHead>
                <TableHead>{t("kind")}</TableHead>
                <TableHead>{t("value")}</TableHead>
                <TableHead>{t("priority")}</TableHead>
                <TableHead className="pr-6 text-right">{t("actions")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.map((route) =>
                editing === route.id && tenants.data ? (
                  <TableRow key={route.id} className="hover:bg-transparent">
                    <TableCell colSpan={5} className="px-6 py-4">
                      <RouteForm
                        idPrefix={`route-${route.id}`}
                        tenants={tenants.data}
                        initial={{ tenantId: route.tenantId, kind: route.kind, value: route.value, priority: route.priority }}
                        pending={update.isPending}
                        error={update.error}
                        submitLabel={t("saveRule")}
                        onCancel={() => (setEditing(null), update.reset())}
                        onSubmit={({ kind, value, priority }) => update.mutate({ id: route.id, kind, value, priority })}
                      />
                    </TableCell>
                  </TableRow>
                ) : (
                  <TableRow key={route.id}>
                    <TableCell className="pl-6">{tenantName(route.tenantId)}</TableCell>
                    <TableCell>
                      <Badge variant="outline">{routeKindLabel(route.kind, tenantsText)}</Badge>
                    </TableCell>
                    <TableCell className="font-mono text-sm">{route.value}</TableCell>
                    <TableCell>{route.priority}</TableCell>
                    <TableCell className="pr-6">
                      <div className="flex justify-end gap-1">
                        {editable ? (
                          <Button variant="ghost" size="sm" aria-label={`Edit rule ${route.value}`} onClick={() => (setEditing(route.id), update.reset())}>
                            <Pencil aria-hidden /> {t("edit")}
                          </Button>
                        ) : null}
                        {can("tenants.routes.delete") ? (
                          <ConfirmDialog
                            trigger={
                              <Button
                                variant="ghost"
                                size="sm"
                                className="hover:text-destructive"
                                aria-label={`Delete rule ${route.value}`}
                                disabled={remove.isPending}
                              >
                                <Trash2 aria-hidden /> {t("delete")}
                              </Button>
                            }
                            title={t("deleteRuleTitle", { value: route.value })}
                            description={t("deleteRuleDescription")}
                            confirmLabel={t("deleteRuleConfirm")}
                            formatError={errorMessage}
                            onConfirm={() => remove.mutateAsync({ id: route.id })}
                          />
                        ) : null}
                      </div>
                    </TableCell>
                  </TableRow>
                ),
              )}
            </TableBody>
          </Table>
        )}
      </QueryStates>
    </Card>
  );
}
