"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger, NativeSelect, Skeleton } from "@tillbox/ui";
import { Field } from "@tillbox/ui/field";
import { useState } from "react";
import { useTRPC } from "~/lib/trpc";
import { FormAlert } from "../../auth/form-alert";
import { formErrorMessage } from "../../auth/form-errors";
import { nextStep } from "../checkout/checkout-outcome";
import { rememberPendingPayment } from "../checkout/pending-payment";
import { useIdempotencyKey } from "../checkout/use-idempotency-key";
import { useBillingFormat } from "../use-billing-format";
import type { MySubscription } from "../types";
import { ChangePreviewView } from "./change-preview-view";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/** Pick another plan of the same category, see the exact proration, then confirm. */
export function ChangePlanDialog({ subscription }: { subscription: MySubscription }) {
  const trpc = useTRPC();
  const { t } = useMessages("app.billing");
  const format = useBillingFormat();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [toPlanId, setToPlanId] = useState("");
  const [failure, setFailure] = useState<string | null>(null);
  const catalogue = useQuery({ ...trpc.billing.catalogue.plans.queryOptions({ currency: subscription.currency }), enabled: open });
  const preview = useMutation(trpc.billing.subscriptions.previewChange.mutationOptions({ meta: { toast: false } }));
  const change = useMutation(trpc.billing.subscriptions.change.mutationOptions({ meta: { toast: false } }));
  const key = useIdempotencyKey(`${subscription.id}:${toPlanId}:${preview.data?.prorationDate.toISOString() ?? ""}`);
  const group = catalogue.data?.groups.find((candidate) => candidate.plans.some((plan) => plan.id === subscription.planId));
  const options = (group?.plans ?? catalogue.data?.groups.flatMap((candidate) => candidate.plans) ?? []).filter(
    (plan) => plan.id !== subscription.planId && plan.interval !== "one_time",
  );

  function choose(planId: string) {
    setToPlanId(planId);
    setFailure(null);
    change.reset();
    if (planId) preview.mutate({ subscriptionId: subscription.id, toPlanId: planId });
    else preview.reset();
  }

  async function confirm() {
    if (!preview.data) return;
    const { prorationDate, behavior } = preview.data;
    const result = await change
      .mutateAsync({ subscriptionId: subscription.id, toPlanId, prorationDate, behavior, idempotencyKey: key.current() })
      .catch(() => null);
    if (!result) return;
    key.finished();
    await queryClient.invalidateQueries({ queryKey: trpc.billing.pathKey() });
    const step = nextStep(result);
    if (step.kind === "failed") return setFailure(step.message);
    if (step.kind === "redirect" && result.invoiceId) {
      rememberPendingPayment({ invoiceId: result.invoiceId, paymentId: null });
      window.location.assign(step.url);
      return;
    }
    setOpen(false);
  }

  const error = preview.error ?? change.error;
  return (
    <Dialog open={open} onOpenChange={(next) => (setOpen(next), choose(""))}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          {t("changePlan")}
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>{t("changePlan")}</DialogTitle>
          <DialogDescription>{t("changePlanDescription")}</DialogDescription>
        </DialogHeader>
        {catalogue.isPending ? <Skeleton className="h-9 w-full" /> : null}
        {catalogue.data ? (
          <Field id="change-plan" label={t("newPlan")}>
            <NativeSelect id="change-plan" value={toPlanId} onChange={(event) => choose(event.target.value)}>
              <option value="">{t("choosePlan")}</option>
              {options.map((plan) => (
                <option key={plan.id} value={plan.id}>
                  {plan.name} · {format.money(plan.price.unitAmount, plan.price.currency)} {format.perInterval(plan.interval, plan.intervalCount)}
                </option>
              ))}
            </NativeSelect>
          </Field>
        ) : null}
        {preview.isPending ? <Skeleton className="h-32 w-full" aria-label={t("calculating")} /> : null}
        {preview.data && !preview.isPending ? <ChangePreviewView preview={preview.data} /> : null}
        {error ? <FormAlert>{formErrorMessage(error)}</FormAlert> : null}
        {failure ? <FormAlert>{failure}</FormAlert> : null}
        <DialogFooter>
          <Button onClick={() => void confirm()} disabled={!preview.data || preview.isPending || change.isPending}>
            {change.isPending
              ? t("changing")
              : preview.data && preview.data.amountDueNow > 0
                ? t("confirmAndPay", { amount: format.money(preview.data.amountDueNow, preview.data.currency) })
                : t("confirmChange")}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
