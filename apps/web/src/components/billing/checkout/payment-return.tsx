"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { Skeleton } from "@tillbox/ui";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { useTRPC, useTRPCClient } from "~/lib/trpc";
import { FormAlert } from "../../auth/form-alert";
import { formErrorMessage } from "../../auth/form-errors";
import { nextStep } from "./checkout-outcome";
import { findOurPayment } from "./find-our-payment";
import { readPendingPayment, type PendingPayment } from "./pending-payment";
import { useIdempotencyKey } from "./use-idempotency-key";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/**
 * The providers' return URL (/account/billing/return): after a hosted page or 3-D Secure the
 * customer lands here; we capture the payment noted before leaving, which reconciles it with the
 * provider, then show the order. Webhooks settle it too, so leaving early loses nothing.
 * Without a note (another tab), a provider page's `?payment=<its id>` still finds the payment.
 */
export function PaymentReturn() {
  const { t } = useMessages("app.checkout");
  const trpc = useTRPC();
  const client = useTRPCClient();
  const router = useRouter();
  // Read after mount: the server has no sessionStorage, and the first render must match its HTML.
  const [pending, setPending] = useState<PendingPayment | null | undefined>(undefined);
  useEffect(() => setPending(readPendingPayment()), []);
  // Set when the provider's page names its own payment id (?payment=…).
  const providerPaymentId = useSearchParams().get("payment");
  const target = useQuery({
    queryKey: ["billing.return.payment", pending?.invoiceId ?? providerPaymentId],
    enabled: Boolean(pending) || (pending === null && Boolean(providerPaymentId)),
    queryFn: async () => {
      if (!pending && providerPaymentId) {
        const ours = await findOurPayment(client, providerPaymentId, null);
        if (!ours) throw new Error(t("orderNotFound"));
        return { invoiceId: ours.invoiceId, paymentId: ours.paymentId };
      }
      const invoice = await client.billing.invoices.get.query({ invoiceId: pending!.invoiceId });
      const payment = pending!.paymentId ? invoice.payments.find((row) => row.id === pending!.paymentId) : invoice.payments.at(-1);
      return { invoiceId: invoice.id, paymentId: payment?.id ?? null };
    },
  });
  const capture = useMutation(trpc.billing.checkout.capture.mutationOptions({ meta: { toast: false } }));
  const key = useIdempotencyKey(`return:${target.data?.paymentId ?? ""}`);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    const found = target.data;
    if (!found || !capture.isIdle) return;
    if (!found.paymentId) return router.replace(`/checkout/success?invoice=${found.invoiceId}`);
    capture.mutate(
      { paymentId: found.paymentId, idempotencyKey: key.current() },
      {
        onSuccess: (result) => {
          key.finished();
          const step = nextStep(result);
          if (step.kind === "failed") setMessage(step.message);
          else if (step.kind === "redirect") setMessage(t("thePaymentStillWaitsFor"));
          else router.replace(`/checkout/success?invoice=${found.invoiceId}`);
        },
      },
    );
  }, [target.data, capture, key, router]);

  if (pending === null && !providerPaymentId)
    return (
      <FormAlert>
        {t("thereIsNoPaymentTo")}{" "}
        <Link href="/account/billing" className="font-medium underline underline-offset-4">
          {t("seeYourInvoices")}
        </Link>
      </FormAlert>
    );
  const error = target.error ?? capture.error;
  if (error) return <FormAlert>{formErrorMessage(error)}</FormAlert>;
  if (message)
    return (
      <FormAlert>
        {message}{" "}
        <Link href="/account/billing" className="font-medium underline underline-offset-4">
          {t("backToBilling")}
        </Link>
      </FormAlert>
    );
  return <Skeleton className="h-40 w-full" aria-label={t("confirmingYourPayment")} />;
}
