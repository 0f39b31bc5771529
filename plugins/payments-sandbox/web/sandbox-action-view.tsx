"use client";

import { errorMessage, useQuery } from "@tillbox/plugin-sdk/react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle, formatMoney, Icon, Skeleton } from "@tillbox/plugin-sdk/ui";
import { useCallback, useEffect, useState } from "react";
import { Problem } from "./problem";
import { SandboxCardForm } from "./sandbox-card-form";
import { SandboxChallenge } from "./sandbox-challenge";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useSandboxTRPC } from "./use-sandbox-trpc";

/**
 * The portal's payment return page (the returnUrl checkout hands every provider): it captures
 * our payment, which reads this sandbox payment's outcome, then shows the order or why it
 * failed. `payment` lets it find our payment when this tab did not start the checkout.
 */
function returnUrl(sandboxPaymentId: string): string {
  return `/account/billing/return?payment=${encodeURIComponent(sandboxPaymentId)}`;
}

/**
 * Plays the provider's hosted page: the card form, then the 3-D Secure step if the card asks for
 * it, then back to the portal like a real provider would (see plugins/payments-sandbox/README.md).
 * This page never changes our payment itself; only the sandbox's own record.
 */
export function SandboxActionView({ sandboxPaymentId }: { sandboxPaymentId: string }) {
  const { t } = useMessages("payments-sandbox");
  const trpc = useSandboxTRPC();
  const payment = useQuery({ ...trpc.payment.queryOptions({ paymentId: sandboxPaymentId }), enabled: sandboxPaymentId !== "" });
  const [leaving, setLeaving] = useState(false);
  const finish = useCallback(() => {
    setLeaving(true);
    window.location.assign(returnUrl(sandboxPaymentId));
  }, [sandboxPaymentId]);

  // Back on the page after the card was entered (reload, a second tab): the outcome is known.
  const stage = payment.data?.stage;
  const settled = stage === "succeeded" || stage === "failed" || stage === "canceled";
  useEffect(() => {
    if (settled && !leaving) finish();
  }, [settled, leaving, finish]);

  const heading = <h1 className="mb-6 text-3xl font-semibold tracking-tight">{t("heading")}</h1>;
  if (!sandboxPaymentId)
    return (
      <>
        {heading}
        <Problem>{t("noPayment")}</Problem>
      </>
    );
  if (payment.isPending)
    return (
      <>
        {heading}
        <Skeleton className="h-72 w-full" />
      </>
    );
  if (payment.isError)
    return (
      <>
        {heading}
        <Problem>{errorMessage(payment.error)}</Problem>
      </>
    );
  const { amount, currency } = payment.data;
  return (
    <>
      {heading}
      <Card>
        <CardHeader>
          <CardTitle>{t("cardTitle")}</CardTitle>
          <CardDescription>
            {amount > 0 ? t("amountDue", { amount: formatMoney(amount, currency) }) : t("nothingCharged")} {t("testProvider")}
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          {stage === "awaiting_card" && !leaving ? (
            <SandboxCardForm
              paymentId={sandboxPaymentId}
              amount={amount}
              currency={currency}
              onSubmitted={(challenge) => (challenge ? void payment.refetch() : finish())}
            />
          ) : null}
          {stage === "requires_action" && !leaving ? (
            <SandboxChallenge paymentId={sandboxPaymentId} amount={amount} currency={currency} onComplete={finish} />
          ) : null}
          {leaving || settled ? (
            <p className="flex items-center gap-2 text-sm text-muted-foreground" role="status">
              <Icon name="LoaderCircle" className="size-4 animate-spin" aria-hidden /> {t("continuing")}
            </p>
          ) : null}
        </CardContent>
      </Card>
    </>
  );
}
