"use client";

import { Input, NativeSelect, Textarea } from "@tillbox/ui";
import { Field, fieldDescribedBy } from "@tillbox/ui/field";
import { useMessages } from "@tillbox/plugin-sdk/ui";
import { displayValue, type SettingField } from "./billing-settings-fields";

const keyOf = (path: string) => path.replace(/\.(\w)/, (_, letter: string) => letter.toUpperCase());

/** One setting: its label and hint from the messages, the stored value, the server's error for it. */
export function SettingInput({ field, value, error, disabled }: { field: SettingField; value: unknown; error?: string; disabled: boolean }) {
  const { t } = useMessages("app.setting");
  const id = `setting-${field.path.replace(".", "-")}`;
  const key = keyOf(field.path);
  const hint = field.hint ? t(`${key}.hint`) : undefined;
  const common = { id, name: field.path, defaultValue: displayValue(field, value), disabled, ...fieldDescribedBy(id, { hint, error }) };
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
