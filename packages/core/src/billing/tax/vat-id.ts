/**
 * EU membership and VAT id formats. The check is syntactic only: the prefix and shape match the
 * member state's format (including check characters' positions, not their checksums). It does not
 * ask VIES whether the number is registered; a reverse-charge invoice relies on the customer's
 * declaration, as the customer's VAT id is printed on it.
 */
export const euMemberStates: ReadonlySet<string> = new Set("AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split(" "));

export function isEuMember(country: string | null | undefined): boolean {
  return !!country && euMemberStates.has(country);
}

/** The number after the prefix, per member state (Greece's prefix is EL, not GR). */
const vatPatterns: Record<string, { prefix: string; body: RegExp }> = {
  AT: { prefix: "AT", body: /^U\d{8}$/ },
  BE: { prefix: "BE", body: /^[01]\d{9}$/ },
  BG: { prefix: "BG", body: /^\d{9,10}$/ },
  CY: { prefix: "CY", body: /^\d{8}[A-Z]$/ },
  CZ: { prefix: "CZ", body: /^\d{8,10}$/ },
  DE: { prefix: "DE", body: /^\d{9}$/ },
  DK: { prefix: "DK", body: /^\d{8}$/ },
  EE: { prefix: "EE", body: /^\d{9}$/ },
  ES: { prefix: "ES", body: /^[A-Z0-9]\d{7}[A-Z0-9]$/ },
  FI: { prefix: "FI", body: /^\d{8}$/ },
  FR: { prefix: "FR", body: /^[A-HJ-NP-Z0-9]{2}\d{9}$/ },
  GR: { prefix: "EL", body: /^\d{9}$/ },
  HR: { prefix: "HR", body: /^\d{11}$/ },
  HU: { prefix: "HU", body: /^\d{8}$/ },
  IE: { prefix: "IE", body: /^(\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/ },
  IT: { prefix: "IT", body: /^\d{11}$/ },
  LT: { prefix: "LT", body: /^(\d{9}|\d{12})$/ },
  LU: { prefix: "LU", body: /^\d{8}$/ },
  LV: { prefix: "LV", body: /^\d{11}$/ },
  MT: { prefix: "MT", body: /^\d{8}$/ },
  NL: { prefix: "NL", body: /^\d{9}B\d{2}$/ },
  PL: { prefix: "PL", body: /^\d{10}$/ },
  PT: { prefix: "PT", body: /^\d{9}$/ },
  RO: { prefix: "RO", body: /^\d{2,10}$/ },
  SE: { prefix: "SE", body: /^\d{10}01$/ },
  SI: { prefix: "SI", body: /^\d{8}$/ },
  SK: { prefix: "SK", body: /^\d{10}$/ },
};

/** Upper-case, without spaces, dots and dashes: "de 123.456.789" → "DE123456789". */
export function normalizeVatId(vatId: string): string {
  return vatId.toUpperCase().replace(/[\s.-]/g, "");
}

/**
 * True when `vatId` has the format of `country`'s VAT ids (EU member states only; other
 * countries' tax ids have no common format and are never valid for reverse charge).
 */
export function isValidEuVatId(vatId: string | null | undefined, country: string | null | undefined): boolean {
  if (!vatId || !country) return false;
  const pattern = vatPatterns[country];
  if (!pattern) return false;
  const normalized = normalizeVatId(vatId);
  return normalized.startsWith(pattern.prefix) && pattern.body.test(normalized.slice(pattern.prefix.length));
}
