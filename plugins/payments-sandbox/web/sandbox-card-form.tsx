"use client";

import { errorMessage, useMutation, useQuery } from "@tillbox/plugin-sdk/react";
import { Button, Field, fieldDescribedBy, formatMoney, Icon, Input } from "@tillbox/plugin-sdk/ui";
import { useState, type FormEvent } from "react";
import { Problem } from "./problem";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useSandboxTRPC } from "./use-sandbox-trpc";

/**
 * The sandbox's "hosted" card form: only test cards, only the number matters. Submitting changes
 * the sandbox's own record; the caller then returns to the portal (or shows the 3-D Secure step).
 */
export function SandboxCardForm({
  paymentId,
  amount,
  currency,
  onSubmitted,
}: {
  paymentId: string;
  amount: number;
  currency: string;
  onSubmitted: (needsChallenge: boolean) => void;
}) {
  const { t } = useMessages("payments-sandbox");
  const trpc = useSandboxTRPC();
  const cards = useQuery(trpc.cards.queryOptions());
  const [number, setNumber] = useState("");
  const submit = useMutation(
    trpc.submitCard.mutationOptions({ meta: { toast: false }, onSuccess: (result) => onSubmitted(result.status === "requires_action") }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit.mutate({ paymentId, cardNumber: number.replace(/\s+/g, "") });
  }

  // The router names the field first ("cardNumber: not a sandbox test card"); that goes under the input.
  const error = submit.error && /^cardNumber\b/.test(submit.error.message) ? t("notATestCard") : null;
  return (
    <form onSubmit={onSubmit} className="grid gap-4" aria-label={t("cardDetails")}>
      <Field id="card-number" label={t("cardNumber")} hint={t("cardHint")} error={error}>
        <Input
          id="card-number"
          inputMode="numeric"
          autoComplete="cc-number"
          placeholder="4242 4242 4242 4242"
          value={number}
          onChange={(event) => setNumber(event.target.value)}
          required
          {...fieldDescribedBy("card-number", { hint: true, error })}
        />
      </Field>
      {cards.data ? (
        <ul className="grid gap-1.5 text-sm" aria-label={t("testCards")}>
          {cards.data.map((card) => (
            <li key={card.number} className="flex flex-wrap items-center gap-2">
              <Button type="button" variant="outline" size="sm" className="font-mono" onClick={() => setNumber(card.number)}>
                {card.number}
              </Button>
              <span className="text-muted-foreground">{card.description}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <Button type="submit" size="lg" disabled={submit.isPending || submit.isSuccess}>
        {submit.isPending ? <Icon name="LoaderCircle" className="animate-spin" aria-hidden /> : null}
        {amount > 0 ? t("pay", { amount: formatMoney(amount, currency) }) : t("saveCard")}
      </Button>
      {submit.error && !error ? <Problem>{errorMessage(submit.error)}</Problem> : null}
    </form>
  );
}
