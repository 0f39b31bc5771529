import { currencyExponent } from "./currency-table";
import { fromMinorUnits } from "./decimal";

/**
 * 1234 EUR in "de-DE" → "12,34 €"; 1500 JPY in "en" → "¥1,500". The amount goes to Intl as an exact
 * decimal string (Intl.NumberFormat v3), never divided as a float, and always with the currency's
 * ISO minor-unit digits (Intl's own idea of them differs for a few currencies).
 */
export function formatMoney(amount: number, currency: string, locale = "en"): string {
  const exponent = currencyExponent(currency);
  const format = new Intl.NumberFormat(locale, { style: "currency", currency, minimumFractionDigits: exponent, maximumFractionDigits: exponent });
  return format.format(fromMinorUnits(amount, currency) as unknown as number);
}
