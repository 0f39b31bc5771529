"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { formatMoney, fromMinorUnits, toMinorUnits } from "@tillbox/core/money";
import { Alert, AlertDescription, Button, Card, CardContent, CardDescription, CardHeader, CardTitle, ConfirmDialog, Input } from "@tillbox/ui";
import { Field, fieldDescribedBy } from "@tillbox/ui/field";
import { Undo2 } from "lucide-react";
import { useState, type FormEvent } from "react";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { useIdempotencyKey } from "../use-idempotency-key";
import { ConfirmAmount } from "../confirm-amount";
import type { AdminInvoice } from "./types";

/** Full or partial refund through the original provider; core writes the credit note. */
export function RefundCard({ invoice }: { invoice: AdminInvoice }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, locale } = useMessages("app");
  const refundable = invoice.amountPaid - invoice.amountRefunded;
  const [amount, setAmount] = useState("");
  const [reason, setReason] = useState("");
  const [inputError, setInputError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // The amount awaiting the operator's confirmation (minor units); null while no dialog is open.
  const [confirming, setConfirming] = useState<number | null>(null);
  const key = useIdempotencyKey(`${invoice.id}:${amount.trim()}:${reason.trim()}`);
  const formatted = confirming === null ? "" : formatMoney(confirming, invoice.currency, locale);
  const refund = useMutation(trpc.billing.payments.refund.mutationOptions({ meta: { toast: { success: t("refunded", { amount: formatted }) } } }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    let minor: number;
    try {
      minor = amount.trim() ? toMinorUnits(amount.trim(), invoice.currency) : refundable;
    } catch (error) {
      return setInputError((error as Error).message.replace(/\s*\(field: [^)]*\)/, ""));
    }
    if (minor <= 0 || minor > refundable)
      return setInputError(t("refundBetween", { min: formatMoney(1, invoice.currency, locale), max: formatMoney(refundable, invoice.currency, locale) }));
    setInputError(null);
    setConfirming(minor);
  }

  // Rejects on failure, so the confirmation stays open with the reason; the same key is reused on retry.
  async function confirmRefund(minor: number) {
    await refund.mutateAsync({ invoiceId: invoice.id, amount: minor, reason: reason.trim() || undefined, idempotencyKey: key.current() });
    key.finished();
    setAmount("");
    setReason("");
    setDone(t("refunded", { amount: formatMoney(minor, invoice.currency, locale) }));
    await queryClient.invalidateQueries({ queryKey: trpc.billing.invoices.pathKey() });
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("refund")}</CardTitle>
        <CardDescription>{t("refundUpTo", { amount: formatMoney(refundable, invoice.currency, locale) })}</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} className="grid gap-3" aria-label={t("refund")}>
          <Field id="refund-amount" label={t("refundAmountIn", { currency: invoice.currency })} hint={t("emptyEverythingStillRefundable")} error={inputError}>
            <Input
              id="refund-amount"
              inputMode="decimal"
              placeholder={fromMinorUnits(refundable, invoice.currency)}
              value={amount}
              onChange={(event) => setAmount(event.target.value)}
              {...fieldDescribedBy("refund-amount", { hint: true, error: inputError })}
            />
          </Field>
          <Field id="refund-reason" label={t("reasonOnTheCreditNote")}>
            <Input id="refund-reason" value={reason} maxLength={500} onChange={(event) => setReason(event.target.value)} />
          </Field>
          <Button type="submit" variant="destructive" disabled={refund.isPending}>
            <Undo2 aria-hidden /> {refund.isPending ? t("refunding") : t("refund")}
          </Button>
          {refund.error ? (
            <Alert variant="destructive">
              <AlertDescription>{errorMessage(refund.error)}</AlertDescription>
            </Alert>
          ) : null}
          {done ? (
            <p className="text-sm text-success" role="status">
              {done}
            </p>
          ) : null}
        </form>
        <ConfirmDialog
          open={confirming !== null}
          onOpenChange={(open) => (open ? null : setConfirming(null))}
          title={t("refundTitle", { amount: formatted })}
          description={t("refundDescription")}
          confirmLabel={t("refundConfirm", { amount: formatted })}
          formatError={errorMessage}
          onConfirm={() => (confirming === null ? undefined : confirmRefund(confirming))}
        >
          {confirming === null ? null : <ConfirmAmount label={t("refundAmountLabel")} amount={confirming} currency={invoice.currency} />}
        </ConfirmDialog>
      </CardContent>
    </Card>
  );
}
