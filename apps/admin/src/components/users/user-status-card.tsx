"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, AlertDescription, Button, Card, CardContent, CardDescription, CardHeader, CardTitle, ConfirmDialog, Input, Label } from "@tillbox/ui";
import { Ban, RotateCcw } from "lucide-react";
import { useState } from "react";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { errorMessage, useTRPC } from "~/lib/trpc";

/** Suspending signs the user out everywhere and ends impersonations of them; it can be undone. */
export function UserStatusCard({ userId, status }: { userId: string; status: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useMessages("app");
  const [reason, setReason] = useState("");
  const options = {
    onSuccess: async () => {
      setReason("");
      await queryClient.invalidateQueries({ queryKey: trpc.users.pathKey() });
    },
  };
  const suspend = useMutation(trpc.users.suspend.mutationOptions({ ...options, meta: { toast: { success: t("suspended") } } }));
  const unsuspend = useMutation(trpc.users.unsuspend.mutationOptions({ ...options, meta: { toast: { success: t("unsuspended") } } }));
  const error = suspend.error ?? unsuspend.error;
  const suspended = status === "suspended";

  return (
    <Card>
      <CardHeader>
        <CardTitle>{suspended ? t("suspended2") : t("suspend")}</CardTitle>
        <CardDescription>{suspended ? t("thisUserCantSignIn") : t("signsTheUserOutEverywhere")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        {suspended ? (
          <Button variant="outline" disabled={unsuspend.isPending} onClick={() => unsuspend.mutate({ userId })}>
            <RotateCcw aria-hidden /> {unsuspend.isPending ? t("working") : t("unsuspend")}
          </Button>
        ) : (
          <>
            <div className="grid gap-1.5">
              <Label htmlFor="suspend-reason">{t("reasonKeptInTheAudit")}</Label>
              <Input id="suspend-reason" value={reason} maxLength={500} onChange={(event) => setReason(event.target.value)} />
            </div>
            <ConfirmDialog
              trigger={
                <Button variant="destructive" disabled={suspend.isPending}>
                  <Ban aria-hidden /> {suspend.isPending ? t("working") : t("suspendConfirm")}
                </Button>
              }
              title={t("suspendTitle")}
              description={t("suspendDescription")}
              confirmLabel={t("suspendConfirm")}
              formatError={errorMessage}
              onConfirm={() => suspend.mutateAsync({ userId, reason: reason.trim() || undefined })}
            />
          </>
        )}
        {error ? (
          <Alert variant="destructive">
            <AlertDescription>{errorMessage(error)}</AlertDescription>
          </Alert>
        ) : null}
      </CardContent>
    </Card>
  );
}
