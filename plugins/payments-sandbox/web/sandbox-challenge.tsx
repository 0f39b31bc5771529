"use client";

import { errorMessage, useMutation } from "@tillbox/plugin-sdk/react";
import { Alert, AlertDescription, AlertTitle, Button, formatMoney, Icon } from "@tillbox/plugin-sdk/ui";
import { Problem } from "./problem";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useSandboxTRPC } from "./use-sandbox-trpc";

/**
 * The sandbox's 3-D Secure step. Complete: back to the portal, whose capture then succeeds the
 * sandbox payment. Fail: the sandbox payment fails first, then back to the portal to record that.
 */
export function SandboxChallenge({ paymentId, amount, currency, onComplete }: { paymentId: string; amount: number; currency: string; onComplete: () => void }) {
  const { t } = useMessages("payments-sandbox");
  const trpc = useSandboxTRPC();
  const fail = useMutation(trpc.failChallenge.mutationOptions({ meta: { toast: false }, onSuccess: () => onComplete() }));
  return (
    <div className="grid gap-4">
      <Alert variant="info">
        <Icon name="ShieldCheck" aria-hidden />
        <AlertTitle>{t("challengeTitle")}</AlertTitle>
        <AlertDescription>{t("challengeText", { amount: formatMoney(amount, currency) })}</AlertDescription>
      </Alert>
      <div className="flex flex-wrap gap-3">
        <Button onClick={onComplete} disabled={fail.isPending}>
          {t("completeAuthentication")}
        </Button>
        <Button variant="outline" onClick={() => fail.mutate({ paymentId })} disabled={fail.isPending}>
          {t("failAuthentication")}
        </Button>
      </div>
      {fail.error ? <Problem>{errorMessage(fail.error)}</Problem> : null}
    </div>
  );
}
