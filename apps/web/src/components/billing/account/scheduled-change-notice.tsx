"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@tillbox/ui";
import { useTRPC } from "~/lib/trpc";
import { FormAlert } from "../../auth/form-alert";
import { formErrorMessage } from "../../auth/form-errors";
import { useBillingFormat } from "../use-billing-format";
import type { MySubscription } from "../types";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/** "Changes to X on …" for a change scheduled at the period end, with the way back: keep the current plan. */
export function ScheduledChangeNotice({ subscription }: { subscription: MySubscription & { scheduledPlan: { name: string } } }) {
  const trpc = useTRPC();
  const { t } = useMessages("app.billing");
  const format = useBillingFormat();
  const queryClient = useQueryClient();
  const keep = useMutation(
    trpc.billing.subscriptions.cancelScheduledChange.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.billing.pathKey() }) }),
  );
  return (
    <div className="grid gap-2" data-testid="scheduled-change">
      <div className="flex flex-wrap items-center gap-3">
        <p className="text-sm">{t("scheduledNotice", { plan: subscription.scheduledPlan.name, date: format.date(subscription.currentPeriodEnd) })}</p>
        <Button variant="outline" size="sm" disabled={keep.isPending} onClick={() => keep.mutate({ subscriptionId: subscription.id })}>
          {keep.isPending ? t("keepingCurrentPlan") : t("keepCurrentPlan")}
        </Button>
      </div>
      {keep.error ? <FormAlert>{formErrorMessage(keep.error)}</FormAlert> : null}
    </div>
  );
}
