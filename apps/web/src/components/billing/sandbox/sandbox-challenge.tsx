"use client";

import { useMutation } from "@tanstack/react-query";
import { formatMoney } from "@tillbox/core/money";
import { Alert, AlertDescription, AlertTitle, Button } from "@tillbox/ui";
import { ShieldCheck } from "lucide-react";
import { useTRPC } from "~/lib/trpc";
import { FormAlert } from "../../auth/form-alert";
import { formErrorMessage } from "../../auth/form-errors";

/** The sandbox's 3-D Secure step: Complete captures (the sandbox then succeeds); Fail fails it, then captures to record that. */
export function SandboxChallenge({ paymentId, amount, currency, busy, onComplete }: { paymentId: string; amount: number; currency: string; busy: boolean; onComplete: () => void }) {
  const trpc = useTRPC();
  const fail = useMutation(trpc.paymentsSandbox.failChallenge.mutationOptions({ meta: { toast: false }, onSuccess: () => onComplete() }));
  return (
    <div className="grid gap-4">
      <Alert variant="info">
        <ShieldCheck aria-hidden />
        <AlertTitle>Confirm this payment</AlertTitle>
        <AlertDescription>Your bank (the sandbox) asks you to confirm the payment of {formatMoney(amount, currency)}.</AlertDescription>
      </Alert>
      <div className="flex flex-wrap gap-3">
        <Button onClick={onComplete} disabled={busy || fail.isPending}>
          Complete authentication
        </Button>
        <Button variant="outline" onClick={() => fail.mutate({ paymentId })} disabled={busy || fail.isPending}>
          Fail authentication
        </Button>
      </div>
      {fail.error ? <FormAlert>{formErrorMessage(fail.error)}</FormAlert> : null}
    </div>
  );
}
