"use client";

import { Alert, AlertDescription, Button, Input, Label, NativeSelect, Switch, Textarea } from "@tillbox/ui";
import { useState, type FormEvent } from "react";
import { fromFormValues, settingsFields, toFormValues, type FormValue, type JsonSchema, type SettingsField } from "~/lib/settings-fields";
import { useMessages } from "@tillbox/plugin-sdk/ui";

interface SettingsFormProps {
  slug: string;
  schema: JsonSchema | null;
  settings: Record<string, unknown>;
  pending: boolean;
  serverError: string | null;
  onSubmit(settings: Record<string, unknown>): void;
}

/** A form generated from the plugin's settings schema; the API validates every write again. */
export function SettingsForm({ slug, schema, settings, pending, serverError, onSubmit }: SettingsFormProps) {
  const { t } = useMessages("app.plugins");
  const fields = settingsFields(schema);
  const [values, setValues] = useState(() => toFormValues(fields, settings));
  const [errors, setErrors] = useState<Record<string, string>>({});

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const result = fromFormValues(fields, values);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    onSubmit(result.settings);
  }

  const set = (name: string, value: FormValue) => setValues((current) => ({ ...current, [name]: value }));

  return (
    <form onSubmit={handleSubmit} className="grid gap-4" aria-label={`${slug} settings`}>
      {fields.map((field) => (
        <FieldRow
          key={field.name}
          slug={slug}
          field={field}
          value={values[field.name]}
          error={errors[field.name]}
          onChange={(value) => set(field.name, value)}
        />
      ))}
      {serverError ? (
        <Alert variant="destructive">
          <AlertDescription>{serverError}</AlertDescription>
        </Alert>
      ) : null}
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("saveSettings")}
        </Button>
      </div>
    </form>
  );
}

function FieldRow({
  slug,
  field,
  value,
  error,
  onChange,
}: {
  slug: string;
  field: SettingsField;
  value: FormValue | undefined;
  error?: string;
  onChange(value: FormValue): void;
}) {
  const { t } = useMessages("app.plugins");
  const id = `${slug}-setting-${field.name}`;
  const describedBy = field.description ? `${id}-description` : undefined;
  const text = typeof value === "string" ? value : "";
  return (
    <div className="grid gap-1.5">
      {field.kind === "boolean" ? (
        <div className="flex items-center justify-between gap-4">
          <Label htmlFor={id}>{field.label}</Label>
          <Switch id={id} checked={value === true} onCheckedChange={onChange} aria-describedby={describedBy} />
        </div>
      ) : (
        <Label htmlFor={id}>
          {field.label}
          {field.required ? <span className="text-destructive">*</span> : null}
        </Label>
      )}
      {field.kind === "enum" ? (
        <NativeSelect id={id} value={text} onChange={(event) => onChange(event.target.value)} aria-invalid={Boolean(error)}>
          {field.required ? null : <option value="">{t("default")}</option>}
          {field.options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </NativeSelect>
      ) : null}
      {field.kind === "number" ? (
        <Input
          id={id}
          type="number"
          inputMode={field.integer ? "numeric" : "decimal"}
          step={field.integer ? 1 : "any"}
          min={field.minimum}
          max={field.maximum}
          value={text}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={Boolean(error)}
        />
      ) : null}
      {field.kind === "string" ? (
        <Input
          id={id}
          type={field.inputType}
          maxLength={field.maxLength}
          value={text}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={Boolean(error)}
        />
      ) : null}
      {field.kind === "json" ? (
        <Textarea id={id} className="font-mono text-xs" value={text} onChange={(event) => onChange(event.target.value)} aria-invalid={Boolean(error)} />
      ) : null}
      {field.description ? (
        <p id={describedBy} className="text-xs text-muted-foreground">
          {field.description}
        </p>
      ) : null}
      {error ? <p className="text-xs text-destructive">{error}</p> : null}
    </div>
  );
}
