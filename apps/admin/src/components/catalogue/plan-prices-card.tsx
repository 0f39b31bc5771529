"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fromMinorUnits, toMinorUnits } from "@tillbox/core/money";
import { Alert, AlertDescription, Button, Card, CardContent, CardDescription, CardHeader, CardTitle, Input } from "@tillbox/ui";
import { Field, fieldDescribedBy } from "@tillbox/ui/field";
import { useState, type FormEvent } from "react";
import { errorMessage, useTRPC } from "~/lib/trpc";

/** "… (field: prices[1].currency)" → 1: which row a server-side price error is about. */
function rowOfError(error: unknown): number | null {
  const match = /\(field: prices\[(\d+)\]/.exec(error instanceof Error ? error.message : "");
  return match ? Number(match[1]) : null;
}

/**
 * One amount per enabled currency, typed as decimals ("9.00", "1500" for JPY) and converted to
 * minor units exactly. Empty = not sold in that currency. Saving replaces the whole price list.
 */
export function PlanPricesCard({ planId, prices, editable }: { planId: string; prices: { currency: string; unitAmount: number }[]; editable: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const currencies = useQuery(trpc.billing.catalogue.admin.currencies.list.queryOptions());
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const set = useMutation(
    trpc.billing.catalogue.admin.prices.set.mutationOptions({
      onSuccess: async () => {
        setSaved(true);
        await queryClient.invalidateQueries({ queryKey: trpc.billing.catalogue.pathKey() });
      },
    }),
  );
  const enabled = currencies.data?.filter((currency) => currency.active) ?? [];
  const current = new Map(prices.map((price) => [price.currency, price.unitAmount]));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const errors: Record<string, string> = {};
    const list: { currency: string; unitAmount: number }[] = [];
    for (const { code } of enabled) {
      const text = String(form.get(code) ?? "").trim();
      if (!text) continue;
      try {
        list.push({ currency: code, unitAmount: toMinorUnits(text, code) });
      } catch (error) {
        errors[code] = (error as Error).message.replace(/\s*\(field: [^)]*\)/, "");
      }
    }
    setRowErrors(errors);
    if (Object.keys(errors).length === 0) set.mutate({ owner: { planId }, prices: list });
  }

  const serverRow = rowOfError(set.error);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Prices</CardTitle>
        <CardDescription>Per enabled currency. A plan without a price in a currency isn't offered in it; existing subscriptions keep their price.</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-3" aria-label="Prices">
          {enabled.map(({ code, name }) => {
            const id = `price-${code}`;
            const amount = current.get(code);
            const error = rowErrors[code];
            return (
              <Field key={code} id={id} label={`${code} · ${name}`} error={error}>
                <Input id={id} name={code} inputMode="decimal" placeholder="not sold" defaultValue={amount === undefined ? "" : fromMinorUnits(amount, code)} disabled={!editable} {...fieldDescribedBy(id, { error })} />
              </Field>
            );
          })}
          {editable ? (
            <div className="flex items-center gap-3 sm:col-span-3">
              <Button type="submit" disabled={set.isPending || currencies.isPending}>
                {set.isPending ? "Saving…" : "Save prices"}
              </Button>
              {saved ? <span className="text-sm text-success" role="status">Saved.</span> : null}
            </div>
          ) : null}
          {set.error ? (
            <Alert variant="destructive" className="sm:col-span-3">
              <AlertDescription>{serverRow === null ? errorMessage(set.error) : `Row ${serverRow + 1}: ${errorMessage(set.error)}`}</AlertDescription>
            </Alert>
          ) : null}
        </form>
      </CardContent>
    </Card>
  );
}
