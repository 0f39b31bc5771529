import { DomainError } from "../../errors";
import { currencyExponent, isKnownCurrency } from "./currency-table";
import { MAX_AMOUNT } from "./limits";

const decimalPattern = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * "12.34" EUR → 1234, "1500" JPY → 1500, "1.5" KWD → 1500. Parsed digit by digit (no floats), so
 * every input maps to exactly one integer. More fractional digits than the currency has are refused
 * unless they are zeros ("12.340" EUR is 1234; "12.345" EUR is an error, not a silent rounding).
 */
export function toMinorUnits(decimal: string, currency: string, field = "amount"): number {
  if (!isKnownCurrency(currency)) throw new DomainError("CURRENCY_UNKNOWN", `"${currency}" is not an ISO 4217 currency (field: currency).`);
  const match = decimalPattern.exec(decimal.trim());
  if (!match) throw new DomainError("AMOUNT_INVALID", `"${decimal}" is not a decimal amount like 12.34 (field: ${field}).`);
  const [, sign, whole, fraction = ""] = match;
  const exponent = currencyExponent(currency);
  const significant = fraction.replace(/0+$/, "");
  if (significant.length > exponent) {
    throw new DomainError("AMOUNT_PRECISION", `${currency} has ${exponent} decimal places; "${decimal}" has more (field: ${field}).`);
  }
  const minor = BigInt(whole! + fraction.padEnd(exponent, "0").slice(0, exponent));
  const value = Number(sign ? -minor : minor);
  if (!Number.isSafeInteger(value) || Math.abs(value) > MAX_AMOUNT) {
    throw new DomainError("AMOUNT_TOO_LARGE", `"${decimal}" is more than the largest amount, ${MAX_AMOUNT} minor units (field: ${field}).`);
  }
  return value || 0;
}

/** 1234 EUR → "12.34", 1500 JPY → "1500", −5 EUR → "-0.05": the exact decimal, for inputs and Intl. */
export function fromMinorUnits(amount: number, currency: string): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`${amount} is not an integer amount of minor units.`);
  const exponent = currencyExponent(currency);
  const digits = Math.abs(amount)
    .toString()
    .padStart(exponent + 1, "0");
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent);
  return `${amount < 0 ? "-" : ""}${whole}${exponent > 0 ? `.${fraction}` : ""}`;
}
