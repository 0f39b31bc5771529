"use client";

import { Input, NativeSelect, Textarea } from "@tillbox/ui";
import { Field, fieldDescribedBy } from "@tillbox/ui/field";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import type { UseFormRegisterReturn } from "@tillbox/plugin-sdk/forms";
import type { SettingField } from "./billing-settings-fields";

const keyOf = (path: string) => path.replace(/\.(\w)/, (_, letter: string) => letter.toUpperCase());

/** One setting: its label and hint from the messages, its form registration, and its error (client rule or server). */
export function SettingInput({
  field,
  registration,
  error,
  disabled,
}: {
  field: SettingField;
  registration: UseFormRegisterReturn;
  error?: string;
  disabled: boolean;
}) {
  const { t } = useMessages("app.setting");
  const id = `setting-${field.path.replace(".", "-")}`;
  const key = keyOf(field.path);
  const hint = field.hint ? t(`${key}.hint`) : undefined;
  const common = { id, ...registration, disabled, ...fieldDescribedBy(id, { hint, error }) };
  return (
    <Field id={id} label={t(`${key}.label`)} hint={hint} error={error} className={field.kind.type === "textarea" ? "sm:col-span-2" : undefined}>
      {field.kind.type === "select" ? (
        <NativeSelect {...common}>
          {field.kind.options.map((option) => (
            <option key={option} value={option}>
              {t(`${key}.option.${option}`)}
            </option>
          ))}
        </NativeSelect>
      ) : field.kind.type === "textarea" ? (
        <Textarea {...common} maxLength={2000} />
      ) : (
        <Input {...common} inputMode={field.kind.type === "text" ? undefined : "numeric"} />
      )}
    </Field>
  );
}
