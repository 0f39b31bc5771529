"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Card, CardContent, CardDescription, CardHeader, CardTitle, Skeleton } from "@tillbox/ui";
import { Loader2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { useTRPC, useTRPCClient } from "~/lib/trpc";
import { FormAlert } from "../../auth/form-alert";
import { formErrorMessage } from "../../auth/form-errors";
import { nextStep } from "../checkout/checkout-outcome";
import { readPendingPayment } from "../checkout/pending-payment";
import { useIdempotencyKey } from "../checkout/use-idempotency-key";
import { Money } from "../money";
import { findOurPayment } from "./find-our-payment";
import { SandboxCardForm } from "./sandbox-card-form";
import { SandboxChallenge } from "./sandbox-challenge";

/**
 * /checkout/sandbox-action?payment=sbx_pay_… (plugins/payments-sandbox/README.md): the card form,
 * then the 3-D Secure step if the card asks for it, then our checkout capture, which reads the
 * sandbox's truth and fulfils or fails the invoice. This page never changes our payment itself.
 */
export function SandboxActionView({ sandboxPaymentId }: { sandboxPaymentId: string }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const router = useRouter();
  const queryClient = useQueryClient();
  const payment = useQuery(trpc.paymentsSandbox.payment.queryOptions({ paymentId: sandboxPaymentId }));
  const ours = useQuery({ queryKey: ["billing.sandbox.ourPayment", sandboxPaymentId], queryFn: () => findOurPayment(client, sandboxPaymentId, readPendingPayment()), staleTime: Infinity });
  const capture = useMutation(trpc.billing.checkout.capture.mutationOptions({ meta: { toast: false } }));
  const captureKey = useIdempotencyKey(`capture:${ours.data?.paymentId ?? ""}`);
  const [failure, setFailure] = useState<string | null>(null);
  const target = ours.data;

  const settle = useCallback(async () => {
    if (!target) return;
    const result = await capture.mutateAsync({ paymentId: target.paymentId, idempotencyKey: captureKey.current() }).catch(() => null);
    if (!result) return; // capture.error is shown; the key stays for "Try again".
    captureKey.finished();
    await queryClient.invalidateQueries({ queryKey: trpc.paymentsSandbox.payment.queryKey({ paymentId: sandboxPaymentId }) });
    const step = nextStep(result);
    if (step.kind === "failed") setFailure(step.message);
    else if (step.kind === "done") router.replace(`/checkout/success?invoice=${target.invoiceId}`);
  }, [capture, captureKey, queryClient, router, sandboxPaymentId, target, trpc]);

  // Back on the page after the card was entered (reload, a second tab): record the outcome.
  const stage = payment.data?.stage;
  const settled = stage === "succeeded" || stage === "failed" || stage === "canceled";
  useEffect(() => {
    if (settled && target && capture.isIdle) void settle();
  }, [settled, target, capture.isIdle, settle]);

  if (payment.isPending || ours.isPending) return <Skeleton className="h-72 w-full" />;
  if (payment.isError) return <FormAlert>{formErrorMessage(payment.error)}</FormAlert>;
  if (ours.isError || !target) {
    return <FormAlert>We couldn&apos;t find the order this payment belongs to. <Link href="/account/billing" className="font-medium underline underline-offset-4">See your invoices</Link></FormAlert>;
  }
  const { amount } = payment.data;
  const currency = payment.data.currency ?? target.currency;
  const refetch = () => void payment.refetch();
  return (
    <Card>
      <CardHeader>
        <CardTitle>Sandbox payment</CardTitle>
        <CardDescription>
          {amount > 0 ? (
            <>
              Amount due: <Money amount={amount} currency={currency} className="font-medium text-foreground" />.
            </>
          ) : (
            "Nothing is charged now: the card is saved for when your trial ends."
          )}{" "}
          A test provider: no real card is charged.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {stage === "awaiting_card" ? (
          <SandboxCardForm paymentId={sandboxPaymentId} amount={amount} currency={currency} onSubmitted={(challenge) => (challenge ? refetch() : void settle())} />
        ) : null}
        {stage === "requires_action" ? <SandboxChallenge paymentId={sandboxPaymentId} amount={amount} currency={currency} busy={capture.isPending} onComplete={() => void settle()} /> : null}
        {capture.isPending ? (
          <p className="flex items-center gap-2 text-sm text-muted-foreground" role="status">
            <Loader2 className="size-4 animate-spin" aria-hidden /> Confirming your payment…
          </p>
        ) : null}
        {capture.error ? (
          <FormAlert>
            {formErrorMessage(capture.error)}{" "}
            <Button variant="link" className="h-auto p-0" onClick={() => void settle()}>Try again</Button>
          </FormAlert>
        ) : null}
        {failure ? (
          <FormAlert>
            {failure} <Link href="/account/billing" className="font-medium underline underline-offset-4">Back to billing</Link>
          </FormAlert>
        ) : null}
      </CardContent>
    </Card>
  );
}
