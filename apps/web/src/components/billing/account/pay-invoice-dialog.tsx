"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { formatMoney } from "@tillbox/core/money";
import { Button, Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger, Skeleton } from "@tillbox/ui";
import { Checkbox } from "@tillbox/ui/checkbox";
import { Loader2, Lock } from "lucide-react";
import { useState } from "react";
import { useTRPC } from "~/lib/trpc";
import { FormAlert } from "../../auth/form-alert";
import { formErrorMessage } from "../../auth/form-errors";
import { followOutcome } from "../checkout/follow-outcome";
import { ProviderPicker } from "../checkout/provider-picker";
import { useIdempotencyKey } from "../checkout/use-idempotency-key";
import { useMessages } from "@tillbox/plugin-sdk/ui";

export interface PayableInvoice {
  id: string;
  number: string | null;
  currency: string;
  total: number;
  amountPaid: number;
  subscriptionId: string | null;
}

/**
 * "Pay now" on an open invoice (billing.invoices.pay): the checkout page's provider choice, then the
 * provider's page (a hosted card form, 3-D Secure) through the same return flow as checkout, or the
 * paid state right here. The Idempotency-Key is per invoice and provider, so a double click pays once.
 */
export function PayInvoiceDialog({ invoice }: { invoice: PayableInvoice }) {
  const { t, locale } = useMessages("app.billing");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  const [save, setSave] = useState(invoice.subscriptionId !== null);
  const [failure, setFailure] = useState<string | null>(null);
  const providers = useQuery({ ...trpc.billing.checkout.providers.queryOptions({ currency: invoice.currency }), enabled: open });
  const provider = chosen ?? providers.data?.[0]?.key ?? null;
  const canSave = providers.data?.find((option) => option.key === provider)?.supportsSavedMethods ?? false;
  const key = useIdempotencyKey(JSON.stringify({ invoice: invoice.id, provider, save: canSave && save }));
  const pay = useMutation(trpc.billing.invoices.pay.mutationOptions({ meta: { toast: false } }));
  const due = invoice.total - invoice.amountPaid;
  const amount = formatMoney(due, invoice.currency, locale);

  async function submit() {
    if (!provider) return;
    setFailure(null);
    const result = await pay
      .mutateAsync({ invoiceId: invoice.id, provider, savePaymentMethod: canSave && save, idempotencyKey: key.current() })
      .catch(() => null);
    if (!result) return; // Shown from pay.error; the key stays for the retry.
    key.finished();
    if (!followOutcome(result, setFailure)) return;
    await queryClient.invalidateQueries({ queryKey: trpc.billing.pathKey() });
    setOpen(false);
  }

  const busy = pay.isPending || (pay.isSuccess && !failure && open);
  return (
    <Dialog open={open} onOpenChange={(next) => (setOpen(next), setFailure(null), pay.reset())}>
      <DialogTrigger asChild>
        <Button size="sm" aria-label={t("payInvoiceNumber", { number: invoice.number ?? "" }).trim()}>
          {t("payNow")}
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-md">
        <DialogHeader>
          <DialogTitle>{t("payInvoiceNumber", { number: invoice.number ?? "" })}</DialogTitle>
          <DialogDescription>{t("amountDueConfirmNext", { amount })}</DialogDescription>
        </DialogHeader>
        {providers.isPending ? <Skeleton className="h-20 w-full" /> : null}
        {providers.data && providers.data.length > 0 ? (
          <ProviderPicker providers={providers.data} value={provider} onChange={setChosen} disabled={busy} />
        ) : null}
        {providers.isSuccess && providers.data.length === 0 ? <FormAlert>{t("noPaymentMethod", { currency: invoice.currency })}</FormAlert> : null}
        {canSave ? (
          <label className="flex items-center gap-2 text-sm">
            <Checkbox checked={save} onChange={(event) => setSave(event.target.checked)} disabled={busy} />
            {t("saveThisPaymentMethodFor")}
          </label>
        ) : null}
        {(providers.error ?? pay.error) ? <FormAlert>{formErrorMessage(providers.error ?? pay.error!)}</FormAlert> : null}
        {failure ? <FormAlert>{failure}</FormAlert> : null}
        <DialogFooter>
          <Button onClick={() => void submit()} disabled={busy || !provider}>
            {busy ? <Loader2 className="animate-spin" aria-hidden /> : <Lock aria-hidden />}
            {t("payAmount", { amount })}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
