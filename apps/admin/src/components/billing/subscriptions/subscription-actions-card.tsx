"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, AlertDescription, Button, Card, CardContent, CardDescription, CardHeader, CardTitle, ConfirmDialog } from "@tillbox/ui";
import { useCan } from "~/components/auth/access";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { errorMessage, useTRPC } from "~/lib/trpc";

const LIVE = ["active", "trialing", "past_due", "paused", "unpaid", "incomplete"];

interface ActionableSubscription {
  id: string;
  status: string;
  cancelAtPeriodEnd: boolean;
  scheduledPlan: { name: string } | null;
}

/** Operator actions (billing:manage, audited): cancel now or at period end, cancel a scheduled plan change, pause, resume. */
export function SubscriptionActionsCard({ subscription }: { subscription: ActionableSubscription }) {
  const trpc = useTRPC();
  const { t: subscriptionText } = useMessages("app.subscriptions");
  const can = useCan();
  const queryClient = useQueryClient();
  const { t } = useMessages("app");
  const options = { onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.billing.subscriptions.pathKey() }) };
  // One mutation per kind of cancel, so each success names what happened.
  const cancelNow = useMutation(
    trpc.billing.subscriptions.admin.cancel.mutationOptions({ ...options, meta: { toast: { success: t("subscriptionCanceled") } } }),
  );
  const cancelAtEnd = useMutation(
    trpc.billing.subscriptions.admin.cancel.mutationOptions({ ...options, meta: { toast: { success: t("subscriptionCancelsAtEnd") } } }),
  );
  const pause = useMutation(trpc.billing.subscriptions.admin.pause.mutationOptions({ ...options, meta: { toast: { success: t("subscriptionPaused") } } }));
  const resume = useMutation(trpc.billing.subscriptions.admin.resume.mutationOptions({ ...options, meta: { toast: { success: t("subscriptionResumed") } } }));
  const keepPlan = useMutation(trpc.billing.subscriptions.admin.cancelScheduledChange.mutationOptions(options));
  const { id: subscriptionId, status, cancelAtPeriodEnd, scheduledPlan } = subscription;
  const allowed = {
    cancelNow: LIVE.includes(status) && can("billing.subscriptions.admin.cancel"),
    cancelAtEnd: LIVE.includes(status) && status !== "incomplete" && !cancelAtPeriodEnd && can("billing.subscriptions.admin.cancel"),
    pause: status === "active" && can("billing.subscriptions.admin.pause"),
    resume: (status === "paused" || (cancelAtPeriodEnd && status !== "canceled")) && can("billing.subscriptions.admin.resume"),
    keepPlan: scheduledPlan !== null && LIVE.includes(status) && can("billing.subscriptions.admin.cancelScheduledChange"),
  };
  if (!Object.values(allowed).some(Boolean)) return null;
  const busy = cancelNow.isPending || cancelAtEnd.isPending || pause.isPending || resume.isPending || keepPlan.isPending;
  const error = cancelNow.error ?? cancelAtEnd.error ?? pause.error ?? resume.error ?? keepPlan.error;

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("actions")}</CardTitle>
        <CardDescription>Canceling now ends access at once without a refund; refund the invoice separately if needed.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-2">
        {allowed.resume ? (
          <Button disabled={busy} onClick={() => resume.mutate({ subscriptionId })}>
            {status === "paused" ? t("resume") : t("undoCancellation")}
          </Button>
        ) : null}
        {allowed.keepPlan ? (
          <>
            <p className="text-sm text-muted-foreground">{subscriptionText("scheduledChangeHint", { plan: scheduledPlan!.name })}</p>
            <Button variant="outline" disabled={busy} onClick={() => keepPlan.mutate({ subscriptionId })}>
              {subscriptionText("cancelScheduledChange")}
            </Button>
          </>
        ) : null}
        {allowed.pause ? (
          <Button variant="outline" disabled={busy} onClick={() => pause.mutate({ subscriptionId })}>
            {t("pause")}
          </Button>
        ) : null}
        {allowed.cancelAtEnd ? (
          <ConfirmDialog
            trigger={
              <Button variant="outline" disabled={busy}>
                {t("cancelAtEndConfirm")}
              </Button>
            }
            title={t("cancelAtEndTitle")}
            description={t("cancelAtEndDescription")}
            confirmLabel={t("cancelAtEndConfirm")}
            cancelLabel={t("keepSubscription")}
            formatError={errorMessage}
            onConfirm={() => cancelAtEnd.mutateAsync({ subscriptionId, atPeriodEnd: true })}
          />
        ) : null}
        {allowed.cancelNow ? (
          <ConfirmDialog
            trigger={
              <Button variant="destructive" disabled={busy}>
                {t("cancelNowConfirm")}
              </Button>
            }
            title={t("cancelNowTitle")}
            description={t("cancelNowDescription")}
            confirmLabel={t("cancelNowConfirm")}
            cancelLabel={t("keepSubscription")}
            formatError={errorMessage}
            onConfirm={() => cancelNow.mutateAsync({ subscriptionId, atPeriodEnd: false })}
          />
        ) : null}
        {error ? (
          <Alert variant="destructive">
            <AlertDescription>{errorMessage(error)}</AlertDescription>
          </Alert>
        ) : null}
      </CardContent>
    </Card>
  );
}
