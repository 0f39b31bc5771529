import { formatMoney } from "@tillbox/core/money";
import { useMessages } from "@tillbox/plugin-sdk/ui";

/**
 * Amounts, dates, counts and billing intervals in the page's language ("€9.00 / month",
 * "9,00 € / Monat"). A hook, because the language is the request's (see i18n/request.ts).
 */
export function useBillingFormat() {
  const { t, locale } = useMessages("app.format");
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  const number = new Intl.NumberFormat(locale);
  const intervalLabel = (interval: string, count = 1) => t("interval", { interval, count });
  return {
    locale,
    money: (amount: number, currency: string) => formatMoney(amount, currency, locale),
    number: (value: number) => number.format(value),
    date: (value: Date | string | null | undefined) => (value ? date.format(new Date(value)) : "—"),
    intervalLabel,
    /** "/ month" after a price; nothing for one-time prices. */
    perInterval: (interval: string, count = 1) => (interval === "one_time" ? "" : t("perInterval", { unit: intervalLabel(interval, count) })),
  };
}
