"use client";

import { formatMoney } from "@tillbox/core/money";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/** The sum a confirmation is about, large, with its currency code spelled out ($ alone is ambiguous). */
export function ConfirmAmount({ label, amount, currency }: { label: string; amount: number; currency: string }) {
  const { locale } = useMessages("app");
  return (
    <div className="rounded-md border border-border bg-muted/40 px-4 py-3" data-testid="confirm-amount">
      <div className="text-xs text-muted-foreground">{label}</div>
      <div className="text-2xl font-semibold tabular-nums">
        {formatMoney(amount, currency, locale)} <span className="text-sm font-normal text-muted-foreground">{currency}</span>
      </div>
    </div>
  );
}
