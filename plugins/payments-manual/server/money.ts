/**
 * Minor units → decimal string by the ISO 4217 exponent. Local because plugins may only import
 * the plugin SDK; replace with the SDK's money helpers once it re-exports core's.
 */
const EXPONENT_0 = new Set(["BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"]);
const EXPONENT_3 = new Set(["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"]);

export function currencyExponent(currency: string): number {
  const code = currency.toUpperCase();
  return EXPONENT_0.has(code) ? 0 : EXPONENT_3.has(code) ? 3 : 2;
}

/** 123456 EUR → "1234.56"; 5000 JPY → "5000"; -5 EUR → "-0.05". Exact: no floating point. */
export function formatMinorUnits(amount: number, currency: string): string {
  if (!Number.isSafeInteger(amount)) throw new Error(`amount must be an integer number of minor units, got ${amount}`);
  const exponent = currencyExponent(currency);
  const digits = Math.abs(amount)
    .toString()
    .padStart(exponent + 1, "0");
  const whole = exponent === 0 ? digits : digits.slice(0, -exponent);
  const fraction = exponent === 0 ? "" : `.${digits.slice(-exponent)}`;
  return `${amount < 0 ? "-" : ""}${whole}${fraction}`;
}
