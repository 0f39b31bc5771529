"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, ConfirmDialog } from "@tillbox/ui";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useTRPC } from "~/lib/trpc";
import { FormAlert } from "../../auth/form-alert";
import { formErrorMessage } from "../../auth/form-errors";
import { useBillingFormat } from "../use-billing-format";
import type { MySubscription } from "../types";
import { ChangePlanDialog } from "./change-plan-dialog";
import { availableActions } from "./subscription-status";

/** Cancel at period end, resume (a pause, or a pending cancellation), pause, change plan, drop an unpaid first order. */
export function SubscriptionActions({ subscription }: { subscription: MySubscription }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useMessages("app");
  const refresh = { onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.billing.pathKey() }) };
  const plan = subscription.plan.name;
  const date = useBillingFormat().date(subscription.currentPeriodEnd);
  // Cancel and abandon are the same procedure; one mutation each so the toast names what happened.
  const cancel = useMutation(
    trpc.billing.subscriptions.cancel.mutationOptions({ ...refresh, meta: { toast: { success: t("subscriptionCanceled", { date }) } } }),
  );
  const abandon = useMutation(trpc.billing.subscriptions.cancel.mutationOptions({ ...refresh, meta: { toast: { success: t("orderCanceled") } } }));
  const resume = useMutation(trpc.billing.subscriptions.resume.mutationOptions({ ...refresh, meta: { toast: { success: t("subscriptionResumed") } } }));
  const pause = useMutation(trpc.billing.subscriptions.pause.mutationOptions({ ...refresh, meta: { toast: { success: t("subscriptionPaused") } } }));
  const allowed = availableActions(subscription);
  const busy = cancel.isPending || abandon.isPending || resume.isPending || pause.isPending;
  const error = cancel.error ?? abandon.error ?? resume.error ?? pause.error;
  const subscriptionId = subscription.id;

  if (!Object.values(allowed).some(Boolean)) return null;
  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap gap-2">
        {allowed.change ? <ChangePlanDialog subscription={subscription} /> : null}
        {allowed.resume ? (
          <Button size="sm" disabled={busy} onClick={() => resume.mutate({ subscriptionId })}>
            {subscription.status === "paused" ? t("resume") : t("keepSubscription")}
          </Button>
        ) : null}
        {allowed.pause ? (
          <Button variant="outline" size="sm" disabled={busy} onClick={() => pause.mutate({ subscriptionId })}>
            {t("pause")}
          </Button>
        ) : null}
        {allowed.cancel ? (
          <ConfirmDialog
            trigger={
              <Button variant="ghost" size="sm" className="text-destructive" disabled={busy}>
                {t("cancelAtPeriodEnd")}
              </Button>
            }
            title={t("cancelTitle", { plan })}
            description={t("cancelDescription", { date })}
            confirmLabel={t("cancelConfirm")}
            cancelLabel={t("keepSubscription")}
            formatError={formErrorMessage}
            onConfirm={() => cancel.mutateAsync({ subscriptionId, atPeriodEnd: true })}
          />
        ) : null}
        {allowed.abandon ? (
          <ConfirmDialog
            trigger={
              <Button variant="outline" size="sm" disabled={busy}>
                {t("cancelThisOrder")}
              </Button>
            }
            title={t("abandonTitle")}
            description={t("abandonDescription", { plan })}
            confirmLabel={t("abandonConfirm")}
            cancelLabel={t("keepOrder")}
            formatError={formErrorMessage}
            onConfirm={() => abandon.mutateAsync({ subscriptionId, atPeriodEnd: false })}
          />
        ) : null}
      </div>
      {error ? <FormAlert>{formErrorMessage(error)}</FormAlert> : null}
    </div>
  );
}
