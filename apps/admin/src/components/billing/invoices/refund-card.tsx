"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { formatMoney, fromMinorUnits, toMinorUnits } from "@tillbox/core/money";
import { Alert, AlertDescription, Button, Card, CardContent, CardDescription, CardHeader, CardTitle, Input } from "@tillbox/ui";
import { Field, fieldDescribedBy } from "@tillbox/ui/field";
import { Undo2 } from "lucide-react";
import { useState, type FormEvent } from "react";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { useIdempotencyKey } from "../use-idempotency-key";
import type { AdminInvoice } from "./types";

/** Full or partial refund through the original provider; core writes the credit note. */
export function RefundCard({ invoice }: { invoice: AdminInvoice }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refundable = invoice.amountPaid - invoice.amountRefunded;
  const [amount, setAmount] = useState("");
  const [reason, setReason] = useState("");
  const [inputError, setInputError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const key = useIdempotencyKey(`${invoice.id}:${amount.trim()}:${reason.trim()}`);
  const refund = useMutation(trpc.billing.payments.refund.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    let minor: number;
    try {
      minor = amount.trim() ? toMinorUnits(amount.trim(), invoice.currency) : refundable;
    } catch (error) {
      return setInputError((error as Error).message.replace(/\s*\(field: [^)]*\)/, ""));
    }
    if (minor <= 0 || minor > refundable) return setInputError(`Between ${formatMoney(1, invoice.currency)} and ${formatMoney(refundable, invoice.currency)}.`);
    setInputError(null);
    const result = await refund.mutateAsync({ invoiceId: invoice.id, amount: minor, reason: reason.trim() || undefined, idempotencyKey: key.current() }).catch(() => null);
    if (!result) return; // refund.error is shown; the same key is reused on retry.
    key.finished();
    setAmount("");
    setReason("");
    setDone(`Refunded ${formatMoney(minor, invoice.currency)}.`);
    await queryClient.invalidateQueries({ queryKey: trpc.billing.invoices.pathKey() });
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Refund</CardTitle>
        <CardDescription>Up to {formatMoney(refundable, invoice.currency)}, through the provider that took the payment. A credit note is issued.</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={(event) => void onSubmit(event)} className="grid gap-3" aria-label="Refund">
          <Field id="refund-amount" label={`Amount (${invoice.currency})`} hint="Empty = everything still refundable." error={inputError}>
            <Input id="refund-amount" inputMode="decimal" placeholder={fromMinorUnits(refundable, invoice.currency)} value={amount} onChange={(event) => setAmount(event.target.value)} {...fieldDescribedBy("refund-amount", { hint: true, error: inputError })} />
          </Field>
          <Field id="refund-reason" label="Reason (on the credit note)">
            <Input id="refund-reason" value={reason} maxLength={500} onChange={(event) => setReason(event.target.value)} />
          </Field>
          <Button type="submit" variant="destructive" disabled={refund.isPending}>
            <Undo2 aria-hidden /> {refund.isPending ? "Refunding…" : "Refund"}
          </Button>
          {refund.error ? (
            <Alert variant="destructive">
              <AlertDescription>{errorMessage(refund.error)}</AlertDescription>
            </Alert>
          ) : null}
          {done ? <p className="text-sm text-success" role="status">{done}</p> : null}
        </form>
      </CardContent>
    </Card>
  );
}
