// The profile's schemas, apart from the service so a browser form can validate with them (no database here).
import { z } from "zod";
import { countryCodes } from "./countries";

const country = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => countryCodes.has(code), "must be an ISO 3166-1 alpha-2 country code");

/** Member state prefix (EL = Greece, XI = Northern Ireland) + 2–12 characters; VIES does the real check. */
const euVatId = /^(AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI)[0-9A-Z+*]{2,12}$/;

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const billingAddressSchema = z.object({
  line1: z.string().trim().min(1).max(200),
  line2: z.string().trim().max(200).optional(),
  city: z.string().trim().min(1).max(100),
  postalCode: z.string().trim().min(1).max(20),
  region: z.string().trim().max(100).optional(),
  country,
});

/** A patch: omitted fields stay, null clears. */
export const profileUpdateSchema = z.strictObject({
  name: optionalText(200),
  company: optionalText(200),
  billingAddress: billingAddressSchema.nullable().optional(),
  vatId: z
    .string()
    .transform((value) => value.replace(/[\s.-]/g, "").toUpperCase())
    .refine((value) => euVatId.test(value), "must be an EU VAT id starting with its country prefix, e.g. DE123456789")
    .nullable()
    .optional(),
  country: country.nullable().optional(),
  locale: z.enum(["en", "de"]).optional(),
});

export type ProfileUpdate = z.input<typeof profileUpdateSchema>;
export type BillingAddress = z.infer<typeof billingAddressSchema>;

/** The caller's profile as the account procedures return it. */
export const profileSchema = z.object({
  id: z.string(),
  email: z.string(),
  emailVerified: z.boolean(),
  name: z.string().nullable(),
  company: z.string().nullable(),
  billingAddress: billingAddressSchema.nullable(),
  vatId: z.string().nullable(),
  country: z.string().nullable(),
  locale: z.string(),
});
export type Profile = z.infer<typeof profileSchema>;
