import { fontHasGlyph } from "./fonts";

// Characters Intl produces that a font may lack, and what to draw instead; of these Noto Sans lacks
// only the fullwidth ￥ (ja-JP), the rest are kept should the font ever change.
const lookalikes: Record<string, string> = { "\u202f": "\u00a0", "\u2009": "\u00a0", "\u2212": "-", "\uffe5": "¥" };

function drawable(char: string): boolean {
  return char === "\n" || (char.codePointAt(0)! >= 0x20 && fontHasGlyph(char));
}

/**
 * Display text for the embedded font (Noto Sans: Latin incl. Extended, Greek, Cyrillic): composed
 * to NFC so "r" + combining caron prints as one "ř"; a character the font lacks becomes a lookalike
 * it has (fullwidth ￥ → ¥), else loses its accents, else becomes "?" rather than an empty box
 * (CJK, Arabic, Hebrew… until a font for them is bundled too).
 */
export function pdfSafe(text: string): string {
  let result = "";
  for (const char of text.normalize("NFC")) {
    const lookalike = lookalikes[char];
    if (drawable(char)) result += char;
    else if (lookalike && drawable(lookalike)) result += lookalike;
    else {
      const base = char.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      result += [...base].every(drawable) && base !== "" ? base : "?";
    }
  }
  return result;
}

const fractionDigitCache = new Map<string, number>();

/** Minor-unit exponent of an ISO currency as Intl knows it: EUR 2, JPY 0, KWD 3. */
export function currencyExponent(currency: string): number {
  let digits = fractionDigitCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    fractionDigitCache.set(currency, digits);
  }
  return digits;
}

/**
 * 12345 EUR → "€123.45"; 1000 JPY → "¥1,000" (no decimals for zero-decimal currencies). `exponent`
 * is the tenant's configured minor-unit exponent when it has one; Intl's ISO 4217 value otherwise.
 */
export function formatMoney(minor: number, currency: string, locale: string, exponent = currencyExponent(currency)): string {
  const formatter = new Intl.NumberFormat(locale, { style: "currency", currency, minimumFractionDigits: exponent, maximumFractionDigits: exponent });
  return pdfSafe(formatter.format(minor / 10 ** exponent));
}

/** A calendar date in UTC, so the PDF doesn't depend on the server's time zone. */
export function formatDate(date: Date, locale: string): string {
  return pdfSafe(new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(date));
}

/** 19000 → "19%", 7500 → "7.5%". */
export function formatRate(millipercent: number, locale: string): string {
  return pdfSafe(new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(millipercent / 1000) + "%");
}

export function addressLines(
  address:
    | { line1?: string | null; line2?: string | null; city?: string | null; postalCode?: string | null; region?: string | null; country?: string | null }
    | null
    | undefined,
): string[] {
  if (!address) return [];
  const cityLine = [address.postalCode, address.city].filter(Boolean).join(" ");
  return [address.line1, address.line2, cityLine, address.region, address.country].filter((line): line is string => !!line && line.trim() !== "");
}
