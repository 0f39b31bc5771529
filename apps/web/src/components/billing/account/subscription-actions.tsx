"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@tillbox/ui";
import { useTRPC } from "~/lib/trpc";
import { FormAlert } from "../../auth/form-alert";
import { formErrorMessage } from "../../auth/form-errors";
import type { MySubscription } from "../types";
import { ChangePlanDialog } from "./change-plan-dialog";
import { availableActions } from "./subscription-status";

/** Cancel at period end, resume (a pause, or a pending cancellation), pause, change plan, drop an unpaid first order. */
export function SubscriptionActions({ subscription }: { subscription: MySubscription }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = { onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.billing.pathKey() }) };
  const cancel = useMutation(trpc.billing.subscriptions.cancel.mutationOptions(refresh));
  const resume = useMutation(trpc.billing.subscriptions.resume.mutationOptions(refresh));
  const pause = useMutation(trpc.billing.subscriptions.pause.mutationOptions(refresh));
  const allowed = availableActions(subscription);
  const busy = cancel.isPending || resume.isPending || pause.isPending;
  const error = cancel.error ?? resume.error ?? pause.error;
  const subscriptionId = subscription.id;

  if (!Object.values(allowed).some(Boolean)) return null;
  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap gap-2">
        {allowed.change ? <ChangePlanDialog subscription={subscription} /> : null}
        {allowed.resume ? (
          <Button size="sm" disabled={busy} onClick={() => resume.mutate({ subscriptionId })}>
            {subscription.status === "paused" ? "Resume" : "Keep subscription"}
          </Button>
        ) : null}
        {allowed.pause ? (
          <Button variant="outline" size="sm" disabled={busy} onClick={() => pause.mutate({ subscriptionId })}>
            Pause
          </Button>
        ) : null}
        {allowed.cancel ? (
          <Button variant="ghost" size="sm" className="text-destructive" disabled={busy} onClick={() => cancel.mutate({ subscriptionId, atPeriodEnd: true })}>
            Cancel at period end
          </Button>
        ) : null}
        {allowed.abandon ? (
          <Button variant="outline" size="sm" disabled={busy} onClick={() => cancel.mutate({ subscriptionId, atPeriodEnd: false })}>
            Cancel this order
          </Button>
        ) : null}
      </div>
      {error ? <FormAlert>{formErrorMessage(error)}</FormAlert> : null}
    </div>
  );
}
