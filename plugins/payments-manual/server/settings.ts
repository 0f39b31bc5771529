import { z } from "zod";

export const MANUAL_SLUG = "payments-manual";
/** The provider key: payments store it; /api/webhooks/manual accepts nothing (no webhooks). */
export const MANUAL_PROVIDER_KEY = "manual";

const compact = (value: string) => value.replace(/\s+/g, "").toUpperCase();

/** ISO 13616 check: move the first four characters to the end, letters → numbers, mod 97 = 1. */
export function isValidIban(input: string): boolean {
  const iban = compact(input);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = `${iban.slice(4)}${iban.slice(0, 4)}`;
  let remainder = 0;
  for (const char of rearranged) {
    const value = /[A-Z]/.test(char) ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** "DE89370400440532013000" → "DE89 3704 0044 0532 0130 00", as printed on invoices. */
export const formatIban = (iban: string) => compact(iban).replace(/(.{4})(?=.)/g, "$1 ");

/**
 * Bank details are printed on every invoice, so they are public and live in settings (no
 * secret here). Empty lists mean everywhere (ProviderAvailability).
 */
export const manualSettingsSchema = z.object({
  countries: z
    .array(z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code such as DE"))
    .default([])
    .describe("Offer bank transfer only to customers in these countries (empty = everywhere)"),
  currencies: z
    .array(z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as EUR"))
    .default([])
    .describe("Offer bank transfer only for these currencies (empty = all)"),
  accountHolder: z.string().max(140).default("").describe("Account holder printed on invoices"),
  iban: z
    .string()
    .max(42)
    .default("")
    .refine((value) => value === "" || isValidIban(value), "must be a valid IBAN (checksum failed)")
    .describe("IBAN customers transfer to"),
  bic: z
    .string()
    .default("")
    .refine((value) => value === "" || /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(compact(value)), "must be an 8 or 11 character BIC")
    .describe("BIC / SWIFT code"),
  bankName: z.string().max(140).default("").describe("Name of the bank"),
  paymentTermDays: z.number().int().min(0).max(120).default(14).describe("Days the customer has to pay, printed on the invoice"),
});

export type ManualSettings = z.output<typeof manualSettingsSchema>;
