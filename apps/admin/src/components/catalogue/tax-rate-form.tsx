"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { parsePercent } from "@tillbox/core/money";
import { Alert, AlertDescription, Button, CardContent, Input, Label, NativeSelect } from "@tillbox/ui";
import { Checkbox } from "@tillbox/ui/checkbox";
import { Field, fieldDescribedBy } from "@tillbox/ui/field";
import { useState, type FormEvent } from "react";
import { fieldErrorsOf, formErrorOf } from "~/lib/field-errors";
import { useTRPC } from "~/lib/trpc";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/** The rate is typed as a percentage ("19", "8.875") and sent as exact millipercent. */
export function TaxRateForm({ countries }: { countries: { code: string; name: string }[] }) {
  const { t } = useMessages("app.catalogue");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [rateError, setRateError] = useState<string | null>(null);
  const create = useMutation(
    trpc.billing.catalogue.admin.taxRates.create.mutationOptions({
      meta: { toast: { error: false } },
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.billing.catalogue.admin.taxRates.pathKey() }),
    }),
  );
  const errors = fieldErrorsOf(create.error);
  const formError = formErrorOf(create.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    let rateMillipercent: number;
    try {
      rateMillipercent = parsePercent(String(form.get("rate") ?? ""));
      setRateError(null);
    } catch (error) {
      setRateError((error as Error).message.replace(/\s*\(field: [^)]*\)/, ""));
      return;
    }
    create.mutate(
      {
        country: String(form.get("country") ?? ""),
        name: String(form.get("name") ?? "").trim(),
        rateMillipercent,
        inclusive: form.get("inclusive") === "on",
        active: true,
      },
      { onSuccess: () => element.reset() },
    );
  }

  const rateMessage = rateError ?? errors.rateMillipercent;
  return (
    <CardContent className="pb-4">
      {countries.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("addTheCountriesYouSell")}</p>
      ) : (
        <form onSubmit={onSubmit} className="flex flex-wrap items-start gap-3" aria-label={t("newTaxRate")}>
          <Field id="tax-country" label={t("country")} error={errors.country} className="min-w-40">
            <NativeSelect id="tax-country" name="country">
              {countries.map((country) => (
                <option key={country.code} value={country.code}>
                  {country.name} ({country.code})
                </option>
              ))}
            </NativeSelect>
          </Field>
          <Field id="tax-name" label={t("name")} error={errors.name} className="min-w-48 flex-1">
            <Input id="tax-name" name="name" required maxLength={80} placeholder={t("ust19")} {...fieldDescribedBy("tax-name", { error: errors.name })} />
          </Field>
          <Field id="tax-rate" label={t("rate2")} error={rateMessage} className="w-32">
            <Input id="tax-rate" name="rate" required inputMode="decimal" placeholder="19" {...fieldDescribedBy("tax-rate", { error: rateMessage })} />
          </Field>
          <div className="mt-[1.875rem] flex items-center gap-2">
            <Checkbox id="tax-inclusive" name="inclusive" />
            <Label htmlFor="tax-inclusive">{t("pricesIncludeIt")}</Label>
          </div>
          <Button type="submit" className="mt-[1.375rem]" disabled={create.isPending}>
            {create.isPending ? t("adding") : t("addRate")}
          </Button>
        </form>
      )}
      {formError ? (
        <Alert variant="destructive" className="mt-3">
          <AlertDescription>{formError}</AlertDescription>
        </Alert>
      ) : null}
    </CardContent>
  );
}
