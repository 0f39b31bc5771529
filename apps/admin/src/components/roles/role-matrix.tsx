"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, AlertDescription, AlertTitle, Badge, Button, Card, Skeleton, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@tillbox/ui";
import { Checkbox } from "@tillbox/ui/checkbox";
import { Lock, TriangleAlert } from "lucide-react";
import { Fragment, useState } from "react";
import { useAccess, useCan } from "~/components/auth/access";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { DeleteRoleButton } from "./delete-role-button";
import { cellKey, isGranted, pendingChanges, setGroup, toggleCell } from "./matrix-changes";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/**
 * Rows are scopes grouped by owner (core, then each plugin), columns are roles: roles are few,
 * scopes many, so this keeps the grid readable. Edits collect locally and save in one transaction.
 */
export function RoleMatrix() {
  const { t } = useMessages("app.roles");
  const trpc = useTRPC();
  const can = useCan();
  const access = useAccess();
  const queryClient = useQueryClient();
  const matrix = useQuery(trpc.roles.matrix.queryOptions());
  const [pending, setPending] = useState<Map<string, boolean>>(new Map());
  const save = useMutation(
    trpc.roles.updateMatrix.mutationOptions({
      onSuccess: async (next) => {
        queryClient.setQueryData(trpc.roles.matrix.queryKey(), next);
        setPending(new Map());
        await queryClient.invalidateQueries({ queryKey: trpc.roles.pathKey() });
      },
    }),
  );
  const editable = can("roles.updateMatrix");
  const held = new Set(access?.scopes ?? []);

  if (matrix.isPending) return <Skeleton className="h-96 w-full" />;
  if (matrix.isError) {
    return (
      <Alert variant="destructive">
        <TriangleAlert />
        <AlertTitle>{t("couldNotLoadTheRole")}</AlertTitle>
        <AlertDescription>{errorMessage(matrix.error)}</AlertDescription>
      </Alert>
    );
  }
  const { groups, roles } = matrix.data;
  const changes = pendingChanges(pending);

  return (
    <div className="grid gap-4">
      {editable ? (
        <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-border bg-background/95 px-4 py-2 backdrop-blur">
          <span className="text-sm text-muted-foreground" role="status">
            {changes.length === 0 ? t("noUnsavedChanges") : `${changes.length} unsaved change${changes.length === 1 ? "" : "s"}.`}
          </span>
          <div className="flex gap-2">
            <Button variant="ghost" size="sm" disabled={changes.length === 0 || save.isPending} onClick={() => (setPending(new Map()), save.reset())}>
              {t("discard")}
            </Button>
            <Button size="sm" disabled={changes.length === 0 || save.isPending} onClick={() => save.mutate({ changes })}>
              {save.isPending ? t("saving") : t("saveChanges")}
            </Button>
          </div>
        </div>
      ) : null}
      {save.isError ? (
        <Alert variant="destructive">
          <TriangleAlert />
          <AlertTitle>{t("nothingWasSaved")}</AlertTitle>
          <AlertDescription>{errorMessage(save.error)}</AlertDescription>
        </Alert>
      ) : null}
      <Card className="overflow-x-auto py-0">
        <Table data-testid="role-matrix">
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              <TableHead className="min-w-72 pl-6">{t("scope")}</TableHead>
              {roles.map((role) => (
                <TableHead key={role.id} className="min-w-28 text-center align-bottom">
                  <div className="flex flex-col items-center gap-1 py-2">
                    <span className="font-medium text-foreground normal-case">{role.name}</span>
                    <span className="font-mono text-xs font-normal normal-case">{role.key}</span>
                    {role.locked ? (
                      <Badge variant="secondary" title={t("theOwnerRoleAlwaysHolds")}>
                        <Lock aria-hidden /> all
                      </Badge>
                    ) : null}
                    {!role.builtin && can("roles.delete") ? <DeleteRoleButton role={role} /> : null}
                  </div>
                </TableHead>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {groups.map((group) => (
              <Fragment key={group.owner}>
                <TableRow className="bg-muted/50 hover:bg-muted/50">
                  <TableCell className="pl-6 text-xs font-semibold tracking-wide text-muted-foreground uppercase">
                    {group.name} {group.owner === "core" ? null : <span className="font-mono normal-case">({group.owner})</span>}
                  </TableCell>
                  {roles.map((role) => {
                    const scopes = group.scopes.map((entry) => entry.scope);
                    const all = scopes.every((scope) => isGranted(pending, role, scope));
                    const disabled = !editable || role.locked || save.isPending || scopes.some((scope) => !held.has(scope));
                    return (
                      <TableCell key={role.id} className="text-center">
                        {editable && !role.locked ? (
                          <Button
                            variant="link"
                            size="sm"
                            className="h-auto p-0 text-xs"
                            disabled={disabled}
                            onClick={() => setPending((current) => setGroup(current, role, scopes, !all))}
                          >
                            {all ? t("none") : t("all")}
                          </Button>
                        ) : null}
                      </TableCell>
                    );
                  })}
                </TableRow>
                {group.scopes.map(({ scope, description }) => (
                  <TableRow key={scope}>
                    <TableCell className="pl-6">
                      <div className="font-mono text-xs font-medium">{scope}</div>
                      <div className="text-xs text-muted-foreground">{description}</div>
                    </TableCell>
                    {roles.map((role) => {
                      const changed = pending.has(cellKey(role.id, scope));
                      const grantable = held.has(scope);
                      return (
                        <TableCell key={role.id} className={changed ? "bg-primary/10 text-center" : "text-center"}>
                          <Checkbox
                            aria-label={`${role.name}: ${scope}`}
                            checked={isGranted(pending, role, scope)}
                            disabled={!editable || role.locked || !grantable || save.isPending}
                            title={role.locked ? t("theOwnerRoleAlwaysHolds") : grantable ? undefined : t("youCanOnlyGrantScopes")}
                            onChange={(event) => setPending((current) => toggleCell(current, role, scope, event.target.checked))}
                          />
                        </TableCell>
                      );
                    })}
                  </TableRow>
                ))}
              </Fragment>
            ))}
          </TableBody>
        </Table>
      </Card>
    </div>
  );
}
