import { z } from "zod";
import { countryCodes } from "../../identity/accounts/countries";
import { isKnownCurrency } from "../money/currency-table";

const knownToken = /\{(YYYY|YY|MM|SEQ|SEQ:(?:[1-9]|1[0-2]))\}/g;

/**
 * A document number format: literal text plus {YYYY} {YY} {MM} {SEQ} or {SEQ:n} (zero-padded to n,
 * 1–12). {SEQ} must appear exactly once: without it two invoices would get the same number.
 */
export const numberFormat = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine((format) => (format.match(/\{SEQ(?::\d+)?\}/g) ?? []).length === 1, "must contain {SEQ} (or {SEQ:n}) exactly once")
  .refine((format) => !/[{}]/.test(format.replace(knownToken, "")), "only {YYYY}, {YY}, {MM}, {SEQ} and {SEQ:n} (n 1–12) may appear in braces")
  .refine((format) => /^[A-Za-z0-9 {}:_\-/.#]+$/.test(format), "use letters, digits, spaces and - _ / . # around the tokens");

const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => countryCodes.has(code), "must be an ISO 3166-1 alpha-2 country code");

export const addressSchema = z.strictObject({
  line1: z.string().trim().max(200).optional(),
  line2: z.string().trim().max(200).optional(),
  city: z.string().trim().max(100).optional(),
  postalCode: z.string().trim().max(20).optional(),
  region: z.string().trim().max(100).optional(),
  country: countryCode.optional(),
});

/**
 * A plan change that switches the billing interval (monthly ↔ yearly): immediate restarts the
 * cycle now, crediting unused time (Stripe's behaviour, the default); downgrade_at_period_end lets
 * an interval change that is cheaper per unit of time wait for the period end like other downgrades.
 */
export const intervalChangePolicies = ["immediate", "downgrade_at_period_end"] as const;
export type IntervalChangePolicy = (typeof intervalChangePolicies)[number];

const blankToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);

/** A patch of BillingSettings: omitted fields stay. */
export const billingSettingsPatchSchema = z.strictObject({
  legalName: z.string().trim().max(200).optional(),
  address: addressSchema.optional(),
  vatId: z.string().trim().max(20).nullable().optional(),
  email: z.email().max(254).nullable().optional(),
  country: countryCode.optional(),
  defaultCurrency: z.string().trim().toUpperCase().refine(isKnownCurrency, "must be an ISO 4217 currency code").optional(),
  invoiceNumberFormat: numberFormat.optional(),
  creditNoteNumberFormat: numberFormat.optional(),
  invoiceFooter: z.string().max(2000).optional(),
  dunningRetryDays: z
    .array(z.int().min(1).max(365))
    .min(1)
    .max(12)
    .refine((days) => days.every((day, index) => index === 0 || day > days[index - 1]!), "must be strictly ascending")
    .optional(),
  dunningFinalStatus: z.enum(["canceled", "unpaid"]).optional(),
  trialReminderDays: z.int().min(0).max(30).optional(),
  invoiceDueDays: z.int().min(0).max(365).optional(),
  intervalChange: z.enum(intervalChangePolicies).optional(),
  // One address: each receipt copy goes to it as a mail of its own; an empty field clears it.
  receiptCopyTo: z.preprocess(blankToNull, z.string().trim().toLowerCase().pipe(z.email().max(254)).nullable()).optional(),
});

export type BillingSettingsPatch = z.input<typeof billingSettingsPatchSchema>;
