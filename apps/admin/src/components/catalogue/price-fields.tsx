"use client";

import { fromMinorUnits, toMinorUnits } from "@tillbox/core/money";
import { Input } from "@tillbox/ui";
import { Field, fieldDescribedBy } from "@tillbox/ui/field";
import type { UseFormRegisterReturn } from "@tillbox/plugin-sdk/forms";

export interface EnabledCurrency {
  code: string;
  name: string;
}

export interface PriceEntry {
  currency: string;
  unitAmount: number;
}

/**
 * The amounts typed into PriceFields, converted to minor units exactly ("9.00" → 900, "1500" JPY
 * → 1500); empty = not sold in that currency. Errors are keyed like the server's (`prices.EUR`).
 */
export function readPriceFields(form: FormData, enabled: readonly EnabledCurrency[]): { prices: PriceEntry[]; errors: Record<string, string> } {
  const prices: PriceEntry[] = [];
  const errors: Record<string, string> = {};
  for (const { code } of enabled) {
    const text = String(form.get(`price-${code}`) ?? "").trim();
    if (!text) continue;
    try {
      prices.push({ currency: code, unitAmount: toMinorUnits(text, code) });
    } catch (error) {
      errors[`prices.${code}`] = (error as Error).message.replace(/\s*\(field: [^)]*\)/, "");
    }
  }
  return { prices, errors };
}

/**
 * One amount input per enabled currency, typed as a decimal; `errors` keyed `prices.<code>`.
 * With `register` the inputs belong to a react-hook-form form; without, they're read from FormData.
 */
export function PriceFields({
  enabled,
  current,
  errors,
  disabled,
  register,
}: {
  enabled: readonly EnabledCurrency[];
  current?: readonly PriceEntry[];
  errors: Record<string, string | undefined>;
  disabled?: boolean;
  register?: (code: string) => UseFormRegisterReturn;
}) {
  const amounts = new Map(current?.map((price) => [price.currency, price.unitAmount]));
  return enabled.map(({ code, name }) => {
    const id = `price-${code}`;
    const amount = amounts.get(code);
    const error = errors[`prices.${code}`];
    return (
      <Field key={code} id={id} label={`${code} · ${name}`} error={error}>
        <Input
          id={id}
          inputMode="decimal"
          placeholder="not sold"
          disabled={disabled}
          {...(register ? register(code) : { name: id, defaultValue: amount === undefined ? "" : fromMinorUnits(amount, code) })}
          {...fieldDescribedBy(id, { error })}
        />
      </Field>
    );
  });
}
