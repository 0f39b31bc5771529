"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, ConfirmDialog } from "@tillbox/ui";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { errorMessage, useTRPC } from "~/lib/trpc";

/** Revoke, after a confirmation: the operator's own keys page and a user's keys card both use it. */
export function RevokeKeyButton({ apiKey }: { apiKey: { id: string; name: string } }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useMessages("app");
  const revoke = useMutation(
    trpc.apiKeys.revoke.mutationOptions({
      meta: { toast: { success: t("keyRevoked", { name: apiKey.name }) } },
      onSuccess: () =>
        Promise.all([queryClient.invalidateQueries({ queryKey: trpc.apiKeys.pathKey() }), queryClient.invalidateQueries({ queryKey: trpc.users.pathKey() })]),
    }),
  );
  return (
    <ConfirmDialog
      trigger={
        <Button variant="outline" size="sm" disabled={revoke.isPending}>
          {t("revoke")}
        </Button>
      }
      title={t("revokeKeyTitle", { name: apiKey.name })}
      description={t("revokeKeyDescription")}
      confirmLabel={t("revokeKeyConfirm")}
      formatError={errorMessage}
      onConfirm={() => revoke.mutateAsync({ id: apiKey.id })}
    />
  );
}
