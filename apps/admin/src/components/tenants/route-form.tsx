"use client";

import { Alert, AlertDescription, Button, Input, NativeSelect } from "@tillbox/ui";
import { Field, fieldDescribedBy } from "@tillbox/ui/field";
import { useState, type FormEvent } from "react";
import { fieldErrorsOf, formErrorOf } from "~/lib/field-errors";
import { routeKinds, type RouteKind } from "./route-kinds";
import { useMessages } from "@tillbox/plugin-sdk/ui";

export interface RouteValues {
  tenantId: string;
  kind: RouteKind;
  value: string;
  priority: number;
}

/** Shared by "add rule" and "edit rule"; the server normalises and validates the value again. */
export function RouteForm({
  tenants,
  initial,
  pending,
  error,
  submitLabel,
  onSubmit,
  onCancel,
  idPrefix,
}: {
  tenants: { id: string; name: string }[];
  initial?: Partial<RouteValues>;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (values: RouteValues) => void;
  onCancel?: () => void;
  idPrefix: string;
}) {
  const { t } = useMessages("app.tenants");
  const [kind, setKind] = useState<RouteKind>(initial?.kind ?? "path_prefix");
  const errors = fieldErrorsOf(error);
  const formError = Object.keys(errors).length > 0 ? null : formErrorOf(error);
  const meta = routeKinds.find((entry) => entry.kind === kind) ?? routeKinds[0];
  const id = (name: string) => `${idPrefix}-${name}`;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onSubmit({
      tenantId: String(data.get("tenantId") ?? ""),
      kind,
      value: String(data.get("value") ?? "").trim(),
      priority: Number(data.get("priority") ?? 0),
    });
  }

  return (
    <form onSubmit={submit} className="grid gap-3">
      <div className="grid gap-3 md:grid-cols-[1fr_10rem_1fr_6rem_auto] md:items-start">
        <Field id={id("tenant")} label={t("tenant")} error={errors.tenantId}>
          <NativeSelect id={id("tenant")} name="tenantId" defaultValue={initial?.tenantId ?? tenants[0]?.id} disabled={initial?.tenantId !== undefined}>
            {tenants.map((tenant) => (
              <option key={tenant.id} value={tenant.id}>
                {tenant.name}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field id={id("kind")} label={t("kind")} error={errors.kind}>
          <NativeSelect id={id("kind")} value={kind} onChange={(event) => setKind(event.target.value as RouteKind)}>
            {routeKinds.map((entry) => (
              <option key={entry.kind} value={entry.kind}>
                {t(`routeKind.${entry.kind}.label`)}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field id={id("value")} label={t("value")} hint={t(`routeKind.${meta.kind}.hint`)} error={errors.value}>
          <Input
            id={id("value")}
            name="value"
            required
            placeholder={meta.placeholder}
            defaultValue={initial?.value}
            className="font-mono"
            {...fieldDescribedBy(id("value"), { hint: t(`routeKind.${meta.kind}.hint`), error: errors.value })}
          />
        </Field>
        <Field id={id("priority")} label={t("priority")} error={errors.priority}>
          <Input id={id("priority")} name="priority" type="number" min={-1000} max={1000} step={1} defaultValue={initial?.priority ?? 0} />
        </Field>
        <div className="flex gap-2 md:mt-[1.375rem]">
          <Button type="submit" disabled={pending}>
            {pending ? t("saving") : submitLabel}
          </Button>
          {onCancel ? (
            <Button type="button" variant="ghost" onClick={onCancel}>
              {t("cancel")}
            </Button>
          ) : null}
        </div>
      </div>
      {formError ? (
        <Alert variant="destructive">
          <AlertDescription>{formError}</AlertDescription>
        </Alert>
      ) : null}
    </form>
  );
}
