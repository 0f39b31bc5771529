import { formatMoney as formatMoneyIn } from "@tillbox/core/money";
import { useLocale } from "next-intl";
import { useMemo } from "react";
import { formatDateTime as formatDateTimeIn, formatRelative as formatRelativeIn } from "./format";

/** Money, dates and relative times in the page's language (next-intl's locale), same names as the plain helpers. */
export function useFormat() {
  const locale = useLocale();
  return useMemo(
    () => ({
      formatDateTime: (value: Date | string | null | undefined) => formatDateTimeIn(value, locale),
      formatRelative: (value: Date | string | null | undefined, now?: number) => formatRelativeIn(value, now, locale),
      formatMoney: (amount: number, currency: string) => formatMoneyIn(amount, currency, locale),
      formatNumber: (value: number) => value.toLocaleString(locale),
    }),
    [locale],
  );
}
