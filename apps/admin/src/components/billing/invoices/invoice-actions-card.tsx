"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, AlertDescription, Button, Card, CardContent, CardDescription, CardHeader, CardTitle, Input, Label } from "@tillbox/ui";
import { Ban, CircleCheck, CircleSlash } from "lucide-react";
import { useState } from "react";
import { useCan } from "~/components/auth/access";
import { errorMessage, useTRPC } from "~/lib/trpc";
import type { AdminInvoice } from "./types";

/**
 * Mark paid (a bank transfer arrived), void (never collected) and write off. Shown only for the
 * states the server accepts them in and to operators whose role may call them (roles.mine).
 */
export function InvoiceActionsCard({ invoice }: { invoice: AdminInvoice }) {
  const trpc = useTRPC();
  const can = useCan();
  const queryClient = useQueryClient();
  const [note, setNote] = useState("");
  const options = {
    onSuccess: async () => {
      setNote("");
      await queryClient.invalidateQueries({ queryKey: trpc.billing.pathKey() });
    },
  };
  const markPaid = useMutation(trpc.billing.invoices.markPaid.mutationOptions(options));
  const voidIt = useMutation(trpc.billing.invoices.void.mutationOptions(options));
  const writeOff = useMutation(trpc.billing.invoices.markUncollectible.mutationOptions(options));
  const payable = invoice.status === "open" || invoice.status === "uncollectible";
  const actions = {
    markPaid: payable && can("billing.invoices.markPaid"),
    void: (invoice.status === "open" || invoice.status === "draft" || invoice.status === "uncollectible") && can("billing.invoices.void"),
    writeOff: invoice.status === "open" && can("billing.invoices.markUncollectible"),
  };
  if (!actions.markPaid && !actions.void && !actions.writeOff) return null;
  const busy = markPaid.isPending || voidIt.isPending || writeOff.isPending;
  const error = markPaid.error ?? voidIt.error ?? writeOff.error;
  const text = note.trim() || undefined;
  const invoiceId = invoice.id;

  return (
    <Card>
      <CardHeader>
        <CardTitle>Actions</CardTitle>
        <CardDescription>Each is recorded in the audit log with the note.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        <div className="grid gap-1.5">
          <Label htmlFor="invoice-note">Reference or reason</Label>
          <Input id="invoice-note" value={note} maxLength={200} onChange={(event) => setNote(event.target.value)} placeholder="Bank reference, why it is voided…" />
        </div>
        {actions.markPaid ? (
          <Button disabled={busy} onClick={() => markPaid.mutate({ invoiceId, reference: text })}>
            <CircleCheck aria-hidden /> Mark paid
          </Button>
        ) : null}
        {actions.writeOff ? (
          <Button variant="outline" disabled={busy} onClick={() => writeOff.mutate({ invoiceId, reason: text })}>
            <CircleSlash aria-hidden /> Mark uncollectible
          </Button>
        ) : null}
        {actions.void ? (
          <Button variant="destructive" disabled={busy} onClick={() => voidIt.mutate({ invoiceId, reason: text })}>
            <Ban aria-hidden /> Void invoice
          </Button>
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
