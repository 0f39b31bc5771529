"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, AlertDescription, Button, Card, CardContent, CardDescription, CardHeader, CardTitle } from "@tillbox/ui";
import { useState, type FormEvent } from "react";
import { fieldErrorsOf, formErrorOf } from "~/lib/field-errors";
import { useTRPC } from "~/lib/trpc";
import { PriceFields, readPriceFields, type PriceEntry } from "./price-fields";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/**
 * One amount per enabled currency, typed as decimals ("9.00", "1500" for JPY) and converted to
 * minor units exactly. Empty = not sold in that currency. Saving replaces the whole price list.
 */
export function PlanPricesCard({ planId, prices, editable }: { planId: string; prices: PriceEntry[]; editable: boolean }) {
  const { t } = useMessages("app.catalogue");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const currencies = useQuery(trpc.billing.catalogue.admin.currencies.list.queryOptions());
  const [inputErrors, setInputErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const set = useMutation(
    trpc.billing.catalogue.admin.prices.set.mutationOptions({
      // Errors show at their rows and in the form.
      meta: { toast: { error: false } },
      onSuccess: async () => {
        setSaved(true);
        await queryClient.invalidateQueries({ queryKey: trpc.billing.catalogue.pathKey() });
      },
    }),
  );
  const enabled = currencies.data?.filter((currency) => currency.active) ?? [];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    set.reset();
    const { prices: list, errors } = readPriceFields(new FormData(event.currentTarget), enabled);
    setInputErrors(errors);
    if (Object.keys(errors).length === 0) set.mutate({ owner: { planId }, prices: list });
  }

  const errors = { ...fieldErrorsOf(set.error), ...inputErrors };
  const formError = formErrorOf(
    set.error,
    enabled.map(({ code }) => `prices.${code}`),
  );
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("prices")}</CardTitle>
        <CardDescription>{t("perEnabledCurrencyAPlan")}</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-3" aria-label={t("prices")}>
          <PriceFields enabled={enabled} current={prices} errors={errors} disabled={!editable} />
          {editable ? (
            <div className="flex items-center gap-3 sm:col-span-3">
              <Button type="submit" disabled={set.isPending || currencies.isPending}>
                {set.isPending ? t("saving") : t("savePrices")}
              </Button>
              {saved ? (
                <span className="text-sm text-success" role="status">
                  {t("saved")}
                </span>
              ) : null}
            </div>
          ) : null}
          {formError ? (
            <Alert variant="destructive" className="sm:col-span-3">
              <AlertDescription>{formError}</AlertDescription>
            </Alert>
          ) : null}
        </form>
      </CardContent>
    </Card>
  );
}
