"use client";

import { cn } from "@tillbox/ui";
import { useMessages } from "@tillbox/plugin-sdk/ui";

export type Cycle = "monthly" | "yearly";

/** A segmented control: radio semantics, so keyboard and screen readers treat it as one choice. */
function Segmented<Value extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: Value;
  options: { value: Value; label: string }[];
  onChange: (value: Value) => void;
}) {
  return (
    <div role="radiogroup" aria-label={label} className="inline-flex rounded-lg border border-border bg-muted/40 p-1">
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          role="radio"
          aria-checked={option.value === value}
          onClick={() => onChange(option.value)}
          className={cn(
            "rounded-md px-3 py-1.5 text-sm font-medium transition-colors outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
            option.value === value ? "bg-background text-foreground shadow-xs" : "text-muted-foreground hover:text-foreground",
          )}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}

export function PricingControls({
  currency,
  currencies,
  cycle,
  showCycle,
  onCurrency,
  onCycle,
}: {
  currency: string;
  currencies: { code: string; name: string }[];
  cycle: Cycle;
  showCycle: boolean;
  onCurrency: (code: string) => void;
  onCycle: (cycle: Cycle) => void;
}) {
  const { t } = useMessages("app.pricing");
  return (
    <div className="flex flex-wrap items-center justify-center gap-4">
      {showCycle ? (
        <Segmented
          label={t("billingPeriod")}
          value={cycle}
          onChange={onCycle}
          options={[
            { value: "monthly", label: t("monthly") },
            { value: "yearly", label: t("yearly") },
          ]}
        />
      ) : null}
      {currencies.length > 1 ? (
        <Segmented
          label={t("currency")}
          value={currency}
          onChange={onCurrency}
          options={currencies.map((option) => ({ value: option.code, label: option.code }))}
        />
      ) : null}
    </div>
  );
}
