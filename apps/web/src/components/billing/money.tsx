import { formatMoney } from "@tillbox/core/money";
import { cn } from "@tillbox/ui";
import { useLocale } from "next-intl";

/**
 * An amount in minor units, formatted with the currency's ISO digits (JPY 1500 → ¥1,500, EUR 900 →
 * €9.00), in the page's language. Tabular figures keep columns of amounts aligned.
 */
export function Money({ amount, currency, className }: { amount: number; currency: string; className?: string }) {
  return <span className={cn("tabular-nums", className)}>{formatMoney(amount, currency, useLocale())}</span>;
}
