"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { formatMoney } from "@tillbox/core/money";
import { Button, Input } from "@tillbox/ui";
import { Field, fieldDescribedBy } from "@tillbox/ui/field";
import { Loader2 } from "lucide-react";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/lib/trpc";
import { FormAlert } from "../../auth/form-alert";
import { formErrorMessage } from "../../auth/form-errors";

/**
 * The sandbox's "hosted" card form: only test cards, only the number matters. Submitting changes
 * the sandbox's own record; the caller then captures our payment (or shows the 3-D Secure step).
 */
export function SandboxCardForm({ paymentId, amount, currency, onSubmitted }: { paymentId: string; amount: number; currency: string; onSubmitted: (needsChallenge: boolean) => void }) {
  const trpc = useTRPC();
  const cards = useQuery(trpc.paymentsSandbox.cards.queryOptions());
  const [number, setNumber] = useState("");
  const submit = useMutation(trpc.paymentsSandbox.submitCard.mutationOptions({ meta: { toast: false }, onSuccess: (result) => onSubmitted(result.status === "requires_action") }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit.mutate({ paymentId, cardNumber: number.replace(/\s+/g, "") });
  }

  // The plugin names the field first ("cardNumber: not a sandbox test card"); that goes under the input.
  const error = submit.error && /^cardNumber\b/.test(submit.error.message) ? "Not a sandbox test card: use one of the cards below." : null;
  return (
    <form onSubmit={onSubmit} className="grid gap-4" aria-label="Card details">
      <Field id="card-number" label="Card number" hint="Sandbox: test cards only. Any future expiry and any CVC would do; only the number matters." error={error}>
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
        <ul className="grid gap-1.5 text-sm" aria-label="Test cards">
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
        {submit.isPending ? <Loader2 className="animate-spin" aria-hidden /> : null}
        {amount > 0 ? `Pay ${formatMoney(amount, currency)}` : "Save card"}
      </Button>
      {submit.error && !error ? <FormAlert>{formErrorMessage(submit.error)}</FormAlert> : null}
    </form>
  );
}
