import { z } from "zod";
import { countryCodes } from "../../identity/accounts/countries";
import { isKnownCurrency } from "../money/currency-table";
import { minorUnitsSchema, tokenAllowanceSchema, tokenCountSchema } from "../money/limits";

export const catalogueSlugSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "use 1–63 lower-case letters, digits and dashes");
export const catalogueName = z.string().trim().min(1).max(120);
export const catalogueDescription = z.string().trim().max(2000);
export const currencyCodeSchema = z.string().trim().toUpperCase().refine(isKnownCurrency, "must be an ISO 4217 currency code");
export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => countryCodes.has(code), "must be an ISO 3166-1 alpha-2 country code");
/** Flags plugins read (e.g. { seats: 5, api: true }); kept small because every listing carries them. */
export const featureFlagsSchema = z
  .record(z.string().min(1).max(64), z.json())
  .refine((flags) => JSON.stringify(flags).length <= 10_000, "must be at most 10,000 characters of JSON");

export const priceInputSchema = z.object({
  currency: currencyCodeSchema,
  unitAmount: z.number(),
});
/**
 * One price per currency. A bad amount or a repeated currency is reported under the currency
 * (`prices.EUR`), the way the admin forms name their price fields, not under its list position.
 */
export const priceListSchema = z
  .array(priceInputSchema)
  .max(50)
  .superRefine((prices, ctx) => {
    const seen = new Set<string>();
    for (const { currency, unitAmount } of prices) {
      const amount = minorUnitsSchema.safeParse(unitAmount);
      if (!amount.success) ctx.addIssue({ code: "custom", path: [currency], message: amount.error.issues[0]!.message });
      if (seen.has(currency)) ctx.addIssue({ code: "custom", path: [currency], message: `${currency} is listed twice` });
      seen.add(currency);
    }
  });

const id = z.uuid();

export const currencyUpsertSchema = z.object({ code: currencyCodeSchema, name: z.string().trim().min(1).max(80).optional(), active: z.boolean().optional() });
export const countryUpsertSchema = z.object({ code: countryCodeSchema, name: z.string().trim().min(1).max(80).optional(), active: z.boolean().optional() });

export const taxRateCreateSchema = z.object({
  country: countryCodeSchema,
  name: z.string().trim().min(1).max(80),
  /** Millipercent: 19% = 19000. */
  rateMillipercent: z.int().min(0).max(100_000),
  inclusive: z.boolean().default(false),
  active: z.boolean().default(true),
});
export const taxRateUpdateSchema = z.object({
  id,
  name: z.string().trim().min(1).max(80).optional(),
  rateMillipercent: z.int().min(0).max(100_000).optional(),
  inclusive: z.boolean().optional(),
  active: z.boolean().optional(),
});

export const categoryCreateSchema = z.object({
  slug: catalogueSlugSchema,
  name: catalogueName,
  parentId: id.nullable().optional(),
  isSingle: z.boolean().default(false),
  position: z.int().min(0).max(10_000).default(0),
});
export const categoryUpdateSchema = z.object({
  id,
  slug: catalogueSlugSchema.optional(),
  name: catalogueName.optional(),
  parentId: id.nullable().optional(),
  isSingle: z.boolean().optional(),
  position: z.int().min(0).max(10_000).optional(),
});

const planFields = {
  name: catalogueName,
  description: catalogueDescription,
  categoryId: id.nullable(),
  interval: z.enum(["week", "month", "year", "one_time"]),
  intervalCount: z.int().min(1).max(52),
  trialDays: z.int().min(0).max(730),
  tokenGrant: tokenAllowanceSchema,
  tokenRollover: z.boolean(),
  features: featureFlagsSchema,
  position: z.int().min(0).max(10_000),
};
export const planCreateSchema = z.object({
  slug: catalogueSlugSchema,
  name: planFields.name,
  description: planFields.description.default(""),
  categoryId: planFields.categoryId.optional(),
  interval: planFields.interval,
  intervalCount: planFields.intervalCount.default(1),
  trialDays: planFields.trialDays.default(0),
  tokenGrant: planFields.tokenGrant.default(0),
  tokenRollover: planFields.tokenRollover.default(false),
  features: planFields.features.default({}),
  position: planFields.position.default(0),
  prices: priceListSchema.optional(),
});
export const planUpdateSchema = z.object({
  id,
  slug: catalogueSlugSchema.optional(),
  name: planFields.name.optional(),
  description: planFields.description.optional(),
  categoryId: planFields.categoryId.optional(),
  interval: planFields.interval.optional(),
  intervalCount: planFields.intervalCount.optional(),
  trialDays: planFields.trialDays.optional(),
  tokenGrant: planFields.tokenGrant.optional(),
  tokenRollover: planFields.tokenRollover.optional(),
  features: planFields.features.optional(),
  position: planFields.position.optional(),
});

export const addOnCreateSchema = z.object({
  slug: catalogueSlugSchema,
  name: catalogueName,
  description: catalogueDescription.default(""),
  recurring: z.boolean().default(true),
  features: featureFlagsSchema.default({}),
  /** Empty: available with every plan (global); otherwise only with these plans. */
  planIds: z.array(id).max(200).default([]),
  prices: priceListSchema.optional(),
});
export const addOnUpdateSchema = z.object({
  id,
  slug: catalogueSlugSchema.optional(),
  name: catalogueName.optional(),
  description: catalogueDescription.optional(),
  recurring: z.boolean().optional(),
  features: featureFlagsSchema.optional(),
  planIds: z.array(id).max(200).optional(),
});

export const bundleCreateSchema = z.object({
  slug: catalogueSlugSchema,
  name: catalogueName,
  tokens: tokenCountSchema,
  prices: priceListSchema.optional(),
});
export const bundleUpdateSchema = z.object({
  id,
  slug: catalogueSlugSchema.optional(),
  name: catalogueName.optional(),
  tokens: tokenCountSchema.optional(),
});

/** Exactly one owner: a plan, an add-on or a bundle. */
export const priceOwnerSchema = z.union([z.object({ planId: id }), z.object({ addOnId: id }), z.object({ bundleId: id })]);
export const setPricesSchema = z.object({ owner: priceOwnerSchema, prices: priceListSchema });
export const catalogueIdSchema = z.object({ id });
