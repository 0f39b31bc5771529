"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, AlertDescription, Button, Card, CardContent, CardDescription, CardHeader, CardTitle, Input, Label, NativeSelect, Skeleton, Textarea } from "@tillbox/ui";
import { Checkbox } from "@tillbox/ui/checkbox";
import { Field, fieldDescribedBy } from "@tillbox/ui/field";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { fieldErrorsOf, formErrorOf } from "~/lib/field-errors";
import { useTRPC } from "~/lib/trpc";
import { intervals } from "./intervals";
import { numberFields, planFieldNames, readPlanForm, type PlanValues } from "./plan-form-values";
import { PriceFields, readPriceFields } from "./price-fields";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/**
 * Creates a plan with its prices (then opens it), in the category it most likely belongs to, or
 * saves an existing one (its prices are edited in their own card).
 */
export function PlanForm({ plan, editable }: { plan?: PlanValues; editable: boolean }) {
  const { t } = useMessages("app.catalogue");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const categories = useQuery(trpc.billing.catalogue.admin.categories.list.queryOptions());
  const suggested = useQuery({ ...trpc.billing.catalogue.admin.categories.suggested.queryOptions(), enabled: !plan });
  const currencies = useQuery({ ...trpc.billing.catalogue.admin.currencies.list.queryOptions(), enabled: !plan });
  const [inputErrors, setInputErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const onSuccess = async (result: { id: string }) => {
    setSaved(true);
    await queryClient.invalidateQueries({ queryKey: trpc.billing.catalogue.pathKey() });
    if (!plan) router.push(`/plans/${result.id}`);
  };
  const create = useMutation(trpc.billing.catalogue.admin.plans.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.billing.catalogue.admin.plans.update.mutationOptions({ onSuccess }));
  const mutation = plan ? update : create;
  const enabled = currencies.data?.filter((currency) => currency.active) ?? [];

  // The selects' defaults must be known on their first render.
  if (categories.isPending || (!plan && (suggested.isPending || currencies.isPending))) return <Skeleton className="h-96 w-full" />;

  const errors: Record<string, string | undefined> = { ...fieldErrorsOf(mutation.error), ...inputErrors };
  const formError = formErrorOf(mutation.error, [...planFieldNames, ...enabled.map(({ code }) => `prices.${code}`)]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    mutation.reset();
    const form = new FormData(event.currentTarget);
    const { values, featuresError } = readPlanForm(form);
    const priced = plan ? null : readPriceFields(form, enabled);
    const found: Record<string, string> = { ...(featuresError ? { features: featuresError } : {}), ...priced?.errors };
    if (priced && priced.prices.length === 0 && Object.keys(priced.errors).length === 0) found.prices = t("enterAPrice");
    setInputErrors(found);
    if (!values || Object.keys(found).length) return;
    if (plan?.id) update.mutate({ id: plan.id, ...values });
    else create.mutate({ ...values, prices: priced!.prices });
  }

  const input = (name: keyof PlanValues, label: string, hint?: string, mono = false) => {
    const id = `plan-${name}`;
    return (
      <Field id={id} label={label} hint={hint} error={errors[name]}>
        <Input id={id} name={name} defaultValue={String(plan?.[name] ?? "")} required disabled={!editable} className={mono ? "font-mono" : undefined} {...fieldDescribedBy(id, { hint, error: errors[name] })} />
      </Field>
    );
  };

  return (
    <Card>
      <CardHeader>
        <CardTitle>{plan ? t("plan") : t("newPlan")}</CardTitle>
        <CardDescription>{t("liveSubscriptionsKeepThePrice")}</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-2" aria-label={plan ? t("editPlan") : t("newPlan")}>
          {input("name", "Name")}
          {input("slug", "Slug", "Lower-case letters, digits and dashes; used in URLs.", true)}
          <Field id="plan-description" label={t("description")} className="sm:col-span-2" error={errors.description}>
            <Textarea id="plan-description" name="description" defaultValue={plan?.description ?? ""} disabled={!editable} />
          </Field>
          <Field id="plan-categoryId" label={t("category")} hint={t("subscribersCanSwitchBetweenThe")} error={errors.categoryId}>
            <NativeSelect id="plan-categoryId" name="categoryId" defaultValue={plan ? (plan.categoryId ?? "") : (suggested.data?.id ?? "")} disabled={!editable} {...fieldDescribedBy("plan-categoryId", { hint: true, error: errors.categoryId })}>
              <option value="">{t("noneListedUnderOtherPlans")}</option>
              {categories.data?.map((category) => (
                <option key={category.id} value={category.id}>
                  {category.name}
                  {category.isSingle ? " (one subscription per customer)" : ""}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <Field id="plan-interval" label={t("billingPeriod")} error={errors.interval}>
            <NativeSelect id="plan-interval" name="interval" defaultValue={plan?.interval ?? "month"} disabled={!editable}>
              {intervals.map((entry) => (
                <option key={entry.value} value={entry.value}>
                  {t(`interval.${entry.value}`)}
                </option>
              ))}
            </NativeSelect>
          </Field>
          {plan ? null : (
            <fieldset className="grid gap-4 sm:col-span-2 sm:grid-cols-3" aria-describedby={errors.prices ? "plan-prices-error" : undefined}>
              <legend className="mb-2 text-sm font-medium">{t("prices")}</legend>
              <PriceFields enabled={enabled} errors={errors} disabled={!editable} />
              {errors.prices ? <p id="plan-prices-error" className="text-xs font-medium text-destructive sm:col-span-3">{errors.prices}</p> : null}
            </fieldset>
          )}
          {numberFields.map((field) => {
            const id = `plan-${field.name}`;
            return (
              <Field key={field.name} id={id} label={t(`planField.${field.name}.label`)} hint={t(`planField.${field.name}.hint`)} error={errors[field.name]}>
                <Input id={id} name={field.name} type="number" min={field.min} max={field.max} step={1} defaultValue={plan?.[field.name] ?? (field.name === "intervalCount" ? 1 : 0)} disabled={!editable} {...fieldDescribedBy(id, { hint: t(`planField.${field.name}.hint`), error: errors[field.name] })} />
              </Field>
            );
          })}
          <div className="flex items-center gap-2 sm:col-span-2">
            <Checkbox id="plan-tokenRollover" name="tokenRollover" defaultChecked={plan?.tokenRollover ?? false} disabled={!editable} />
            <Label htmlFor="plan-tokenRollover">{t("unusedTokensRollOverOtherwise")}</Label>
          </div>
          <Field id="plan-features" label={t("featureFlagsJson")} hint={'Plugins read these, e.g. { "seats": 5 }.'} className="sm:col-span-2" error={errors.features}>
            <Textarea id="plan-features" name="features" className="font-mono" defaultValue={JSON.stringify(plan?.features ?? {}, null, 2)} disabled={!editable} />
          </Field>
          {editable ? (
            <div className="flex items-center gap-3 sm:col-span-2">
              <Button type="submit" disabled={mutation.isPending}>
                {mutation.isPending ? t("saving") : plan ? t("savePlan") : t("createPlan")}
              </Button>
              {saved && plan ? <span className="text-sm text-success" role="status">{t("saved")}</span> : null}
            </div>
          ) : null}
          {formError ? (
            <Alert variant="destructive" className="sm:col-span-2">
              <AlertDescription>{formError}</AlertDescription>
            </Alert>
          ) : null}
        </form>
      </CardContent>
    </Card>
  );
}
