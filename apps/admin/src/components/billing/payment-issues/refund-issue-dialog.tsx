"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, ConfirmDialog } from "@tillbox/ui";
import { Undo2 } from "lucide-react";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { ConfirmAmount } from "../confirm-amount";
import { useIdempotencyKey } from "../use-idempotency-key";
import type { IssueRef } from "./types";

/**
 * Money that bought nothing (a second payment of a paid invoice, a payment for a voided one) goes
 * back through the provider that took it. Core issues no credit note for it (the invoice never
 * counted it) and closes the issue as refunded once the whole payment is back.
 */
export function RefundIssueDialog({ issue }: { issue: IssueRef }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useMessages("app");
  const key = useIdempotencyKey(`issue-refund:${issue.paymentId}`);
  const refund = useMutation(
    trpc.billing.payments.refund.mutationOptions({
      meta: { toast: { success: t("paymentRefunded") } },
      onSuccess: async () => {
        key.finished();
        await queryClient.invalidateQueries({ queryKey: trpc.billing.pathKey() });
      },
    }),
  );

  return (
    <ConfirmDialog
      trigger={
        <Button variant="destructive" size="sm">
          <Undo2 aria-hidden /> {t("refundPaymentConfirm")}
        </Button>
      }
      title={t("refundPaymentTitle")}
      description={t("refundPaymentDescription")}
      confirmLabel={t("refundPaymentConfirm")}
      formatError={errorMessage}
      onConfirm={() => refund.mutateAsync({ paymentId: issue.paymentId, reason: "payment issue: money that bought nothing", idempotencyKey: key.current() })}
    >
      {issue.payment ? <ConfirmAmount label={t("refundAmountLabel")} amount={issue.payment.amount} currency={issue.payment.currency} /> : null}
    </ConfirmDialog>
  );
}
