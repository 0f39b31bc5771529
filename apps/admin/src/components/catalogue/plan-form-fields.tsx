"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Input, Label, NativeSelect, Textarea } from "@tillbox/ui";
import { Checkbox } from "@tillbox/ui/checkbox";
import { Field, FormError, fieldDescribedBy } from "@tillbox/ui/field";
import { applyServerErrors, fieldError, formLevelError, useZodForm } from "@tillbox/plugin-sdk/forms";
import { mutationErrorMessage } from "@tillbox/plugin-sdk/react";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useTRPC } from "~/lib/trpc";
import { intervals } from "./intervals";
import { planFormSchema, planFormValuesOf, type PlanFormValues } from "./plan-form-schema";
import { numberFields, planFieldNames, type PlanValues } from "./plan-form-values";
import { PriceFields, type EnabledCurrency } from "./price-fields";

interface CategoryOption {
  id: string;
  name: string;
  isSingle: boolean;
}

/** The plan form itself: the API's plan schema checks it before it is sent, the server's errors land on the same fields. */
export function PlanFormFields({
  plan,
  editable,
  categories,
  suggestedCategoryId,
  enabled,
}: {
  plan?: PlanValues;
  editable: boolean;
  categories: readonly CategoryOption[];
  suggestedCategoryId: string;
  enabled: readonly EnabledCurrency[];
}) {
  const { t } = useMessages("app.catalogue");
  const { t: ui } = useMessages("ui");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const schema = useMemo(
    () => planFormSchema({ id: plan?.id, enabled, messages: { featuresNotAnObject: t("planForm.featuresNotAnObject"), needsAPrice: t("enterAPrice") } }),
    [plan?.id, enabled, t],
  );
  const form = useZodForm(schema, { defaultValues: planFormValuesOf(plan, suggestedCategoryId) });
  const shown = [...planFieldNames, "prices", ...enabled.map(({ code }) => `prices.${code}`)] as never[];
  const onError = (error: unknown) => applyServerErrors(form, error, shown, (cause) => mutationErrorMessage(cause, ui));
  const onSuccess = async (result: { id: string }) => {
    setSaved(true);
    await queryClient.invalidateQueries({ queryKey: trpc.billing.catalogue.pathKey() });
    if (!plan) router.push(`/plans/${result.id}`);
  };
  const create = useMutation(trpc.billing.catalogue.admin.plans.create.mutationOptions({ onSuccess, onError }));
  const update = useMutation(trpc.billing.catalogue.admin.plans.update.mutationOptions({ onSuccess, onError }));
  const mutation = plan ? update : create;
  const onSubmit = form.handleSubmit((input) => {
    setSaved(false);
    if ("id" in input) update.mutate(input);
    else create.mutate(input);
  });
  const errorOf = (path: string) => fieldError(form, path as keyof PlanFormValues);
  const priceErrors = Object.fromEntries(enabled.map(({ code }) => [`prices.${code}`, errorOf(`prices.${code}`)]));
  const pricesError = errorOf("prices");

  const input = (name: "name" | "slug", label: string, hint?: string, mono = false) => {
    const id = `plan-${name}`;
    const error = errorOf(name);
    return (
      <Field id={id} label={label} hint={hint} error={error}>
        <Input
          id={id}
          {...form.register(name)}
          required
          disabled={!editable}
          className={mono ? "font-mono" : undefined}
          {...fieldDescribedBy(id, { hint, error })}
        />
      </Field>
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2" aria-label={plan ? t("editPlan") : t("newPlan")}>
      {input("name", t("name"))}
      {input("slug", t("planForm.slug"), t("planForm.slugHint"), true)}
      <Field id="plan-description" label={t("description")} className="sm:col-span-2" error={errorOf("description")}>
        <Textarea
          id="plan-description"
          {...form.register("description")}
          disabled={!editable}
          {...fieldDescribedBy("plan-description", { error: errorOf("description") })}
        />
      </Field>
      <Field id="plan-categoryId" label={t("category")} hint={t("subscribersCanSwitchBetweenThe")} error={errorOf("categoryId")}>
        <NativeSelect
          id="plan-categoryId"
          {...form.register("categoryId")}
          disabled={!editable}
          {...fieldDescribedBy("plan-categoryId", { hint: true, error: errorOf("categoryId") })}
        >
          <option value="">{t("noneListedUnderOtherPlans")}</option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
              {category.isSingle ? ` ${t("planForm.oneSubscriptionPerCustomer")}` : ""}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Field id="plan-interval" label={t("billingPeriod")} error={errorOf("interval")}>
        <NativeSelect id="plan-interval" {...form.register("interval")} disabled={!editable}>
          {intervals.map((entry) => (
            <option key={entry.value} value={entry.value}>
              {t(`interval.${entry.value}`)}
            </option>
          ))}
        </NativeSelect>
      </Field>
      {plan ? null : (
        <fieldset className="grid gap-4 sm:col-span-2 sm:grid-cols-3" aria-describedby={pricesError ? "plan-prices-error" : undefined}>
          <legend className="mb-2 text-sm font-medium">{t("prices")}</legend>
          <PriceFields enabled={enabled} errors={priceErrors} disabled={!editable} register={(code) => form.register(`prices.${code}`)} />
          {pricesError ? (
            <p id="plan-prices-error" className="text-xs font-medium text-destructive sm:col-span-3">
              {pricesError}
            </p>
          ) : null}
        </fieldset>
      )}
      {numberFields.map((field) => {
        const id = `plan-${field.name}`;
        const error = errorOf(field.name);
        return (
          <Field key={field.name} id={id} label={t(`planField.${field.name}.label`)} hint={t(`planField.${field.name}.hint`)} error={error}>
            <Input
              id={id}
              type="number"
              min={field.min}
              max={field.max}
              step={1}
              {...form.register(field.name)}
              disabled={!editable}
              {...fieldDescribedBy(id, { hint: true, error })}
            />
          </Field>
        );
      })}
      <div className="flex items-center gap-2 sm:col-span-2">
        <Checkbox id="plan-tokenRollover" {...form.register("tokenRollover")} disabled={!editable} />
        <Label htmlFor="plan-tokenRollover">{t("unusedTokensRollOverOtherwise")}</Label>
      </div>
      <Field id="plan-features" label={t("featureFlagsJson")} hint={t("planForm.featuresHint")} className="sm:col-span-2" error={errorOf("features")}>
        <Textarea
          id="plan-features"
          className="font-mono"
          {...form.register("features")}
          disabled={!editable}
          {...fieldDescribedBy("plan-features", { hint: true, error: errorOf("features") })}
        />
      </Field>
      {editable ? (
        <div className="flex items-center gap-3 sm:col-span-2">
          <Button type="submit" disabled={mutation.isPending}>
            {mutation.isPending ? t("saving") : plan ? t("savePlan") : t("createPlan")}
          </Button>
          {saved && plan ? (
            <span className="text-sm text-success" role="status">
              {t("saved")}
            </span>
          ) : null}
        </div>
      ) : null}
      <div className="sm:col-span-2">
        <FormError message={formLevelError(form)} />
      </div>
    </form>
  );
}
