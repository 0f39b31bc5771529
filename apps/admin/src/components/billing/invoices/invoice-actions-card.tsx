"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, AlertDescription, Button, Card, CardContent, CardDescription, CardHeader, CardTitle, ConfirmDialog, Input, Label } from "@tillbox/ui";
import { Ban, CircleCheck, CircleSlash } from "lucide-react";
import { useState } from "react";
import { useCan } from "~/components/auth/access";
import { useMessages } from "@tillbox/plugin-sdk/ui";
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
  const { t } = useMessages("app");
  const [note, setNote] = useState("");
  const options = {
    onSuccess: async () => {
      setNote("");
      await queryClient.invalidateQueries({ queryKey: trpc.billing.pathKey() });
    },
  };
  const number = invoice.number ?? "(draft)";
  const markPaid = useMutation(trpc.billing.invoices.markPaid.mutationOptions({ ...options, meta: { toast: { success: t("markedPaid", { number }) } } }));
  const voidIt = useMutation(trpc.billing.invoices.void.mutationOptions({ ...options, meta: { toast: { success: t("voided", { number }) } } }));
  const writeOff = useMutation(
    trpc.billing.invoices.markUncollectible.mutationOptions({ ...options, meta: { toast: { success: t("writtenOff", { number }) } } }),
  );
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
        <CardTitle>{t("actions")}</CardTitle>
        <CardDescription>{t("eachIsRecordedInThe")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        <div className="grid gap-1.5">
          <Label htmlFor="invoice-note">{t("referenceOrReason")}</Label>
          <Input id="invoice-note" value={note} maxLength={200} onChange={(event) => setNote(event.target.value)} placeholder={t("bankReferenceWhyItIs")} />
        </div>
        {actions.markPaid ? (
          <ConfirmDialog
            trigger={
              <Button disabled={busy}>
                <CircleCheck aria-hidden /> {t("markPaidConfirm")}
              </Button>
            }
            variant="default"
            title={t("markPaidTitle", { number })}
            description={t("markPaidDescription")}
            confirmLabel={t("markPaidConfirm")}
            formatError={errorMessage}
            onConfirm={() => markPaid.mutateAsync({ invoiceId, reference: text })}
          />
        ) : null}
        {actions.writeOff ? (
          <ConfirmDialog
            trigger={
              <Button variant="outline" disabled={busy}>
                <CircleSlash aria-hidden /> {t("writeOffConfirm")}
              </Button>
            }
            title={t("writeOffTitle", { number })}
            description={t("writeOffDescription")}
            confirmLabel={t("writeOffConfirm")}
            formatError={errorMessage}
            onConfirm={() => writeOff.mutateAsync({ invoiceId, reason: text })}
          />
        ) : null}
        {actions.void ? (
          <ConfirmDialog
            trigger={
              <Button variant="destructive" disabled={busy}>
                <Ban aria-hidden /> {t("voidConfirm")}
              </Button>
            }
            title={t("voidTitle", { number })}
            description={t("voidDescription")}
            confirmLabel={t("voidConfirm")}
            formatError={errorMessage}
            onConfirm={() => voidIt.mutateAsync({ invoiceId, reason: text })}
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
