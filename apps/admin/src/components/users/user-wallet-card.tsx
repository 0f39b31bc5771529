"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, AlertDescription, Button, Card, CardContent, CardDescription, CardHeader, CardTitle, ConfirmDialog, Input } from "@tillbox/ui";
import { Field, fieldDescribedBy } from "@tillbox/ui/field";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useCan } from "~/components/auth/access";
import { fieldErrorsOf, formErrorOf } from "~/lib/field-errors";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { errorMessage, useTRPC } from "~/lib/trpc";
import { useFormat } from "~/lib/use-format";

/** The customer's token wallet: balance, latest entries, and an audited adjustment with a reason. */
export function UserWalletCard({ userId }: { userId: string }) {
  const { formatDateTime } = useFormat();
  const trpc = useTRPC();
  const can = useCan();
  const queryClient = useQueryClient();
  const ledger = useQuery(trpc.billing.wallet.ledgerOf.queryOptions({ userId, limit: 8 }));
  const [amount, setAmount] = useState("");
  const [reason, setReason] = useState("");
  const { t } = useMessages("app");
  // Taking tokens away is confirmed first; adding them is not (nothing is lost).
  const [confirmTake, setConfirmTake] = useState(false);
  const adjust = useMutation(
    trpc.billing.wallet.adjust.mutationOptions({
      // Field errors show at their inputs.
      meta: { toast: { success: t("balanceAdjusted", { count: amount }), error: false } },
      onSuccess: async () => {
        setAmount("");
        setReason("");
        await queryClient.invalidateQueries({ queryKey: trpc.billing.wallet.pathKey() });
      },
    }),
  );
  const errors = fieldErrorsOf(adjust.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (Number(amount) < 0) return setConfirmTake(true);
    adjust.mutate({ userId, amount: Number(amount), reason });
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("tokens")}</CardTitle>
        <CardDescription>
          {t("balance")}{" "}
          <span className="text-lg font-semibold text-foreground tabular-nums" data-testid="wallet-balance">
            {ledger.data ? ledger.data.balance.toLocaleString("en") : "…"}
          </span>
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {ledger.data && ledger.data.entries.length > 0 ? (
          <ul className="grid gap-1.5 text-sm" aria-label={t("tokenLedger")}>
            {ledger.data.entries.map((entry) => (
              <li key={entry.id} className="flex justify-between gap-3" title={formatDateTime(entry.createdAt)}>
                <span>
                  {entry.kind}
                  {entry.feature ? <span className="text-muted-foreground"> · {entry.feature}</span> : null}
                  {typeof (entry.metadata as { reason?: unknown } | undefined)?.reason === "string" ? (
                    <span className="text-muted-foreground"> · {(entry.metadata as { reason: string }).reason}</span>
                  ) : null}
                </span>
                <span className="tabular-nums">
                  {entry.amount > 0 ? `+${entry.amount}` : entry.amount} → {entry.balanceAfter}
                </span>
              </li>
            ))}
          </ul>
        ) : ledger.data ? (
          <p className="text-sm text-muted-foreground">{t("noEntriesYet")}</p>
        ) : null}
        {can("billing.wallet.adjust") ? (
          <form onSubmit={onSubmit} className="grid gap-3 border-t border-border pt-4" aria-label={t("adjustTokens")}>
            <Field id="adjust-amount" label={t("adjustBy")} hint={t("positiveAddsNegativeTakesNever")} error={errors.amount}>
              <Input
                id="adjust-amount"
                type="number"
                step={1}
                required
                value={amount}
                onChange={(event) => setAmount(event.target.value)}
                {...fieldDescribedBy("adjust-amount", { hint: true, error: errors.amount })}
              />
            </Field>
            <Field id="adjust-reason" label={t("reasonForTheAdjustment")} error={errors.reason}>
              <Input
                id="adjust-reason"
                required
                maxLength={500}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                {...fieldDescribedBy("adjust-reason", { error: errors.reason })}
              />
            </Field>
            <Button type="submit" variant="outline" disabled={adjust.isPending}>
              {adjust.isPending ? t("saving") : t("adjustBalance")}
            </Button>
            <ConfirmDialog
              open={confirmTake}
              onOpenChange={setConfirmTake}
              title={t("takeTokensTitle", { count: Math.abs(Number(amount)) })}
              description={t("takeTokensDescription")}
              confirmLabel={t("takeTokensConfirm", { count: Math.abs(Number(amount)) })}
              formatError={errorMessage}
              onConfirm={() => adjust.mutateAsync({ userId, amount: Number(amount), reason })}
            />
            {adjust.error && Object.keys(errors).length === 0 ? (
              <Alert variant="destructive">
                <AlertDescription>{formErrorOf(adjust.error)}</AlertDescription>
              </Alert>
            ) : null}
          </form>
        ) : null}
        <div className="flex flex-wrap gap-3 text-sm">
          {can("billing.invoices.list") ? (
            <Link href={`/invoices?userId=${userId}`} className="font-medium text-primary hover:underline">
              {t("invoices2")}
            </Link>
          ) : null}
          {can("billing.subscriptions.admin.list") ? (
            <Link href={`/subscriptions?userId=${userId}`} className="font-medium text-primary hover:underline">
              {t("subscriptions2")}
            </Link>
          ) : null}
        </div>
      </CardContent>
    </Card>
  );
}
