"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, AlertDescription, Button, Card, CardContent, CardDescription, CardHeader, CardTitle, Input, Label, NativeSelect, Textarea } from "@tillbox/ui";
import { Checkbox } from "@tillbox/ui/checkbox";
import { Field, fieldDescribedBy } from "@tillbox/ui/field";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { fieldErrorsOf, formErrorOf } from "~/lib/field-errors";
import { useTRPC } from "~/lib/trpc";
import { intervals, type Interval } from "./intervals";

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface PlanValues {
  id?: string;
  slug: string;
  name: string;
  description: string;
  categoryId: string | null;
  interval: Interval;
  intervalCount: number;
  trialDays: number;
  tokenGrant: number;
  tokenRollover: boolean;
  features: Record<string, unknown>;
  position: number;
}

const numberFields = [
  { name: "intervalCount", label: "Every n periods", hint: "1 = every period; a one-time plan keeps 1.", min: 1, max: 52 },
  { name: "trialDays", label: "Trial days", hint: "0 = no trial.", min: 0, max: 730 },
  { name: "tokenGrant", label: "Tokens per period", hint: "Credited at the start of each period.", min: 0, max: 1_000_000_000_000 },
  { name: "position", label: "Position", hint: "Lower shows first.", min: 0, max: 10_000 },
] as const;

/** Creates a plan (then opens it) or saves an existing one; prices are edited next to it. */
export function PlanForm({ plan, editable }: { plan?: PlanValues; editable: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const categories = useQuery(trpc.billing.catalogue.admin.categories.list.queryOptions());
  const [featuresError, setFeaturesError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const onSuccess = async (result: { id: string }) => {
    setSaved(true);
    await queryClient.invalidateQueries({ queryKey: trpc.billing.catalogue.pathKey() });
    if (!plan) router.push(`/plans/${result.id}`);
  };
  const create = useMutation(trpc.billing.catalogue.admin.plans.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.billing.catalogue.admin.plans.update.mutationOptions({ onSuccess }));
  const mutation = plan ? update : create;
  const errors = fieldErrorsOf(mutation.error);
  const formError = formErrorOf(mutation.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    let features: Record<string, JsonValue>;
    try {
      features = JSON.parse(text("features") || "{}") as Record<string, JsonValue>;
      if (typeof features !== "object" || features === null || Array.isArray(features)) throw new Error("not an object");
      setFeaturesError(null);
    } catch {
      setFeaturesError('Enter a JSON object, e.g. { "seats": 5 }.');
      return;
    }
    const values = {
      slug: text("slug"), name: text("name"), description: text("description"), categoryId: text("categoryId") || null,
      interval: text("interval") as Interval, tokenRollover: form.get("tokenRollover") === "on", features,
      ...Object.fromEntries(numberFields.map((field) => [field.name, Number(text(field.name) || 0)])),
    } as Omit<PlanValues, "id" | "features"> & { features: Record<string, JsonValue> };
    if (plan?.id) update.mutate({ id: plan.id, ...values });
    else create.mutate(values);
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
        <CardTitle>{plan ? "Plan" : "New plan"}</CardTitle>
        <CardDescription>Live subscriptions keep the price and period they subscribed with; changes are audited.</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-2" aria-label={plan ? "Edit plan" : "New plan"}>
          {input("name", "Name")}
          {input("slug", "Slug", "Lower-case letters, digits and dashes; used in URLs.", true)}
          <Field id="plan-description" label="Description" className="sm:col-span-2" error={errors.description}>
            <Textarea id="plan-description" name="description" defaultValue={plan?.description ?? ""} disabled={!editable} />
          </Field>
          <Field id="plan-categoryId" label="Category" error={errors.categoryId}>
            <NativeSelect id="plan-categoryId" name="categoryId" defaultValue={plan?.categoryId ?? ""} disabled={!editable}>
              <option value="">None</option>
              {categories.data?.map((category) => (
                <option key={category.id} value={category.id}>
                  {category.name}
                  {category.isSingle ? " (one subscription per customer)" : ""}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <Field id="plan-interval" label="Billing period" error={errors.interval}>
            <NativeSelect id="plan-interval" name="interval" defaultValue={plan?.interval ?? "month"} disabled={!editable}>
              {intervals.map((entry) => (
                <option key={entry.value} value={entry.value}>
                  {entry.label}
                </option>
              ))}
            </NativeSelect>
          </Field>
          {numberFields.map((field) => {
            const id = `plan-${field.name}`;
            return (
              <Field key={field.name} id={id} label={field.label} hint={field.hint} error={errors[field.name]}>
                <Input id={id} name={field.name} type="number" min={field.min} max={field.max} step={1} defaultValue={plan?.[field.name] ?? (field.name === "intervalCount" ? 1 : 0)} disabled={!editable} {...fieldDescribedBy(id, { hint: field.hint, error: errors[field.name] })} />
              </Field>
            );
          })}
          <div className="flex items-center gap-2 sm:col-span-2">
            <Checkbox id="plan-tokenRollover" name="tokenRollover" defaultChecked={plan?.tokenRollover ?? false} disabled={!editable} />
            <Label htmlFor="plan-tokenRollover">Unused tokens roll over (otherwise they expire at the period end)</Label>
          </div>
          <Field id="plan-features" label="Feature flags (JSON)" hint={'Plugins read these, e.g. { "seats": 5 }.'} className="sm:col-span-2" error={featuresError ?? errors.features}>
            <Textarea id="plan-features" name="features" className="font-mono" defaultValue={JSON.stringify(plan?.features ?? {}, null, 2)} disabled={!editable} />
          </Field>
          {editable ? (
            <div className="flex items-center gap-3 sm:col-span-2">
              <Button type="submit" disabled={mutation.isPending}>
                {mutation.isPending ? "Saving…" : plan ? "Save plan" : "Create plan"}
              </Button>
              {saved && plan ? <span className="text-sm text-success" role="status">Saved.</span> : null}
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
