/**
 * ISO 4217 currencies in circulation and their minor-unit digits (the "exponent"). Everything not
 * listed in the zero- or three-/four-decimal sets has two. Amounts are stored as integers of
 * 10^-exponent of the unit, so JPY 1500 is ¥1,500 and KWD 1500 is 1.500 KD.
 */
const codes = (
  "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD " +
  "CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS " +
  "GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT " +
  "LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD " +
  "OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP " +
  "SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XCD XCG XOF " +
  "XPF YER ZAR ZMW ZWG"
).split(" ");

const zeroDecimal = new Set("BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF".split(" "));
const threeDecimal = new Set("BHD IQD JOD KWD LYD OMR TND".split(" "));
const fourDecimal = new Set(["CLF", "UYW"]);

export const currencyExponents: ReadonlyMap<string, number> = new Map(
  codes.map((code) => [code, zeroDecimal.has(code) ? 0 : threeDecimal.has(code) ? 3 : fourDecimal.has(code) ? 4 : 2]),
);

export function isKnownCurrency(code: string): boolean {
  return currencyExponents.has(code);
}

/** Minor-unit digits of an ISO 4217 code; throws for codes that aren't currencies (a programming error upstream of validation). */
export function currencyExponent(code: string): number {
  const exponent = currencyExponents.get(code);
  if (exponent === undefined) throw new RangeError(`Unknown ISO 4217 currency "${code}".`);
  return exponent;
}

/** The English name of a currency ("Euro"), used when an operator enables one without naming it. */
export function currencyDisplayName(code: string, locale = "en"): string {
  try {
    return new Intl.DisplayNames([locale], { type: "currency" }).of(code) ?? code;
  } catch {
    return code;
  }
}
