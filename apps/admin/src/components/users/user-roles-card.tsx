"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, AlertDescription, Badge, Button, Card, CardContent, CardDescription, CardHeader, CardTitle } from "@tillbox/ui";
import { Checkbox } from "@tillbox/ui/checkbox";
import { useState } from "react";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/** Assigning replaces the whole set; the server refuses roles whose scopes the caller lacks. */
export function UserRolesCard({ userId, roles, editable }: { userId: string; roles: { key: string; name: string }[]; editable: boolean }) {
  const { t } = useMessages("app.users");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const allRoles = useQuery({ ...trpc.roles.list.queryOptions(), enabled: editable });
  const current = roles.map((role) => role.key).sort();
  const [selected, setSelected] = useState<string[] | null>(null);
  const chosen = selected ?? current;
  const dirty = selected !== null && [...selected].sort().join() !== current.join();
  const assign = useMutation(
    trpc.users.assignRoles.mutationOptions({
      onSuccess: async () => {
        setSelected(null);
        await queryClient.invalidateQueries({ queryKey: trpc.users.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.roles.pathKey() });
      },
    }),
  );

  function toggle(key: string, on: boolean) {
    setSelected(on ? [...new Set([...chosen, key])] : chosen.filter((item) => item !== key));
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("roles")}</CardTitle>
        <CardDescription>{t("aUsersPermissionsAreThe")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {!editable ? (
          <div className="flex flex-wrap gap-1">
            {roles.length === 0 ? <span className="text-sm text-muted-foreground">{t("noRoles")}</span> : null}
            {roles.map((role) => (
              <Badge key={role.key} variant="outline">
                {role.name}
              </Badge>
            ))}
          </div>
        ) : (
          <fieldset className="grid gap-2 sm:grid-cols-2" aria-label={t("roles")} disabled={assign.isPending}>
            {(allRoles.data ?? []).map((role) => (
              <label
                key={role.id}
                className="flex items-start gap-2 rounded-md border border-border p-3 text-sm has-[:checked]:border-primary/50 has-[:checked]:bg-primary/5"
              >
                <Checkbox
                  className="mt-0.5"
                  checked={chosen.includes(role.key)}
                  onChange={(event) => toggle(role.key, event.target.checked)}
                  aria-label={role.name}
                />
                <span>
                  <span className="font-medium">{role.name}</span>
                  {role.description ? <span className="block text-xs text-muted-foreground">{role.description}</span> : null}
                </span>
              </label>
            ))}
          </fieldset>
        )}
        {editable ? (
          <div className="flex gap-2">
            <Button disabled={!dirty || assign.isPending} onClick={() => assign.mutate({ userId, roleKeys: chosen })}>
              {assign.isPending ? t("saving") : t("saveRoles")}
            </Button>
            {dirty ? (
              <Button variant="ghost" onClick={() => setSelected(null)}>
                {t("reset")}
              </Button>
            ) : null}
          </div>
        ) : null}
        {assign.isError ? (
          <Alert variant="destructive">
            <AlertDescription>{errorMessage(assign.error)}</AlertDescription>
          </Alert>
        ) : null}
      </CardContent>
    </Card>
  );
}
