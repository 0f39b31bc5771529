"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, ConfirmDialog } from "@tillbox/ui";
import { Trash2 } from "lucide-react";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { errorMessage, useTRPC } from "~/lib/trpc";

/** Custom roles only (built-ins are refused by the server); users lose the role with it. */
export function DeleteRoleButton({ role }: { role: { id: string; key: string; name: string } }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useMessages("app");
  const remove = useMutation(
    trpc.roles.delete.mutationOptions({
      meta: { toast: { success: t("roleDeleted", { name: role.name }) } },
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.roles.pathKey() }),
    }),
  );
  return (
    <ConfirmDialog
      trigger={
        <Button
          variant="ghost"
          size="sm"
          className="h-6 px-1.5 text-xs font-normal text-muted-foreground hover:text-destructive"
          aria-label={`Delete role ${role.name}`}
        >
          <Trash2 aria-hidden /> {t("delete")}
        </Button>
      }
      title={t("deleteRoleTitle", { name: role.name })}
      description={t("deleteRoleDescription")}
      confirmLabel={t("deleteRoleConfirm")}
      formatError={errorMessage}
      onConfirm={() => remove.mutateAsync({ id: role.id })}
    />
  );
}
