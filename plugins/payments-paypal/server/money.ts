/**
 * PayPal takes amounts as decimal strings. Our amounts are integer minor units by the ISO 4217
 * exponent. PayPal additionally refuses decimals for HUF and TWD (ISO exponent 2), so those
 * must be whole units. Local because plugins may only import the plugin SDK.
 */
const ISO_EXPONENT_0 = new Set(["BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"]);
const ISO_EXPONENT_3 = new Set(["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"]);
const PAYPAL_WHOLE_UNITS = new Set(["HUF", "TWD"]);

export function currencyExponent(currency: string): number {
  const code = currency.toUpperCase();
  return ISO_EXPONENT_0.has(code) ? 0 : ISO_EXPONENT_3.has(code) ? 3 : 2;
}

/** 2900 EUR → "29.00"; 5000 JPY → "5000"; 150000 HUF → "1500" (throws for 150050 HUF). */
export function toPaypalValue(amount: number, currency: string): string {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new Error(`amount must be a non-negative integer of minor units, got ${amount}`);
  const exponent = currencyExponent(currency);
  const digits = amount.toString().padStart(exponent + 1, "0");
  const whole = exponent === 0 ? digits : digits.slice(0, -exponent);
  const fraction = exponent === 0 ? "" : digits.slice(-exponent);
  if (PAYPAL_WHOLE_UNITS.has(currency.toUpperCase())) {
    if (/[^0]/.test(fraction)) throw new Error(`PayPal accepts only whole ${currency.toUpperCase()}; ${amount} minor units is not.`);
    return whole;
  }
  return fraction ? `${whole}.${fraction}` : whole;
}

/** "29.00" EUR → 2900; "5000" JPY → 5000; "1500" HUF → 150000. Exact string arithmetic. */
export function fromPaypalValue(value: string, currency: string): number {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) throw new Error(`Not a PayPal amount: ${value}`);
  const exponent = currencyExponent(currency);
  const fraction = (match[2] ?? "").padEnd(exponent, "0");
  if (fraction.length > exponent) throw new Error(`${value} has more decimals than ${currency.toUpperCase()} allows`);
  return Number(`${match[1]}${fraction}`);
}
