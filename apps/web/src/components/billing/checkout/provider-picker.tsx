"use client";

import { cn } from "@tillbox/ui";
import { CreditCard } from "lucide-react";
import { useMessages } from "@tillbox/plugin-sdk/ui";

export interface ProviderOption {
  key: string;
  displayName: string;
}

/** The providers offered for the customer's country and the cart's currency, as one radio group. */
export function ProviderPicker({
  providers,
  value,
  onChange,
  disabled,
}: {
  providers: ProviderOption[];
  value: string | null;
  onChange: (key: string) => void;
  disabled?: boolean;
}) {
  const { t } = useMessages("app.checkout");
  return (
    <fieldset className="grid gap-2" disabled={disabled}>
      <legend className="mb-2 text-sm font-medium">{t("payWith")}</legend>
      {providers.map((provider) => (
        <label
          key={provider.key}
          className={cn(
            "flex cursor-pointer items-center gap-3 rounded-md border border-border px-3 py-2.5 text-sm transition-colors has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/50",
            value === provider.key ? "border-primary bg-primary/5" : "hover:bg-muted/50",
          )}
        >
          <input
            type="radio"
            name="provider"
            value={provider.key}
            checked={value === provider.key}
            onChange={() => onChange(provider.key)}
            className="accent-primary"
          />
          <CreditCard className="size-4 text-muted-foreground" aria-hidden />
          {provider.displayName}
        </label>
      ))}
    </fieldset>
  );
}
