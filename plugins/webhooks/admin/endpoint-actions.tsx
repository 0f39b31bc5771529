"use client";

import { useState } from "react";
import { useMutation, useQueryClient } from "@tillbox/plugin-sdk/react";
import { Button, ConfirmDialog, Dialog, DialogContent, DialogFooter, DialogHeader, DialogTitle, Icon } from "@tillbox/plugin-sdk/ui";
import { errorMessage } from "./format";
import { SecretReveal } from "./secret-reveal";
import type { Endpoint } from "./types";
import type { Translate } from "@tillbox/plugin-sdk/ui";
import { useWebhooksTRPC } from "./use-webhooks-trpc";

export interface Feedback {
  tone: "success" | "error";
  text: string;
}

/** Send test, rotate (secret shown once) and delete for one endpoint row. */
export function EndpointActions({ endpoint, t, onFeedback }: { endpoint: Endpoint; t: Translate; onFeedback(feedback: Feedback): void }) {
  const trpc = useWebhooksTRPC();
  const queryClient = useQueryClient();
  const [rotatedSecret, setRotatedSecret] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries(trpc.pathFilter());
  const onError = (error: unknown) => onFeedback({ tone: "error", text: t("error", { error: errorMessage(error) }) });

  const sendTest = useMutation(
    trpc.endpoints.sendTest.mutationOptions({
      // The row's feedback line tells the outcome.
      meta: { toast: false },
      onSuccess: async (delivery) => {
        onFeedback(
          delivery.status === "succeeded"
            ? { tone: "success", text: t("testSent", { status: delivery.lastStatusCode ?? "" }) }
            : { tone: "error", text: t("testFailed", { error: delivery.lastError ?? "" }) },
        );
        await refresh();
      },
      onError,
    }),
  );
  const rotate = useMutation(
    trpc.endpoints.rotateSecret.mutationOptions({
      // The new secret is shown in a dialog; a failure in the row's feedback line.
      meta: { toast: false },
      onSuccess: async (result) => {
        setRotatedSecret(result.secret);
        await refresh();
      },
      onError,
    }),
  );
  const remove = useMutation(trpc.endpoints.delete.mutationOptions({ onSuccess: refresh, onError, meta: { toast: { error: false } } }));

  return (
    <div className="flex justify-end gap-1">
      <Button size="sm" variant="outline" disabled={sendTest.isPending} onClick={() => sendTest.mutate({ id: endpoint.id })}>
        <Icon name={sendTest.isPending ? "LoaderCircle" : "Send"} className={sendTest.isPending ? "animate-spin" : undefined} />
        {t("sendTest")}
      </Button>
      <ConfirmDialog
        trigger={
          <Button size="icon" variant="ghost" title={t("rotate")} aria-label={t("rotate")} disabled={rotate.isPending}>
            <Icon name="KeyRound" />
          </Button>
        }
        variant="default"
        title={t("rotateConfirm")}
        confirmLabel={t("rotate")}
        cancelLabel={t("cancel")}
        formatError={errorMessage}
        onConfirm={() => rotate.mutateAsync({ id: endpoint.id })}
      />
      <ConfirmDialog
        trigger={
          <Button
            size="icon"
            variant="ghost"
            className="text-destructive hover:text-destructive"
            title={t("delete")}
            aria-label={t("delete")}
            disabled={remove.isPending}
          >
            <Icon name="Trash2" />
          </Button>
        }
        title={t("deleteConfirm")}
        confirmLabel={t("delete")}
        cancelLabel={t("cancel")}
        formatError={errorMessage}
        onConfirm={() => remove.mutateAsync({ id: endpoint.id })}
      />
      <Dialog open={rotatedSecret !== null} onOpenChange={(open) => !open && setRotatedSecret(null)}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>{t("rotate")}</DialogTitle>
          </DialogHeader>
          {rotatedSecret && <SecretReveal secret={rotatedSecret} t={t} />}
          <DialogFooter>
            <Button onClick={() => setRotatedSecret(null)}>{t("done")}</Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </div>
  );
}
