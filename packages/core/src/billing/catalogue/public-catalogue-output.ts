import { z } from "zod";

/** Amount in minor units of `currency`. */
export const publicPriceSchema = z.object({
  currency: z.string(),
  unitAmount: z.number().int(),
});
export type PublicPrice = z.infer<typeof publicPriceSchema>;

const features = z.record(z.string(), z.unknown());

export const publicPlanSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  interval: z.enum(["week", "month", "year", "one_time"]),
  intervalCount: z.number().int(),
  trialDays: z.number().int(),
  tokenGrant: z.number().int(),
  tokenRollover: z.boolean(),
  features,
  price: publicPriceSchema,
});
export type PublicPlan = z.infer<typeof publicPlanSchema>;

const categorySchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  isSingle: z.boolean(),
  parentId: z.string().nullable(),
});

export const publicCatalogueSchema = z.object({
  currency: z.string(),
  exponent: z.number().int(),
  currencies: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      exponent: z.number().int(),
    }),
  ),
  /** Categories in display order (with their parent, so the portal can nest them), then uncategorised plans (category null). */
  groups: z.array(
    z.object({
      category: categorySchema.nullable(),
      plans: z.array(publicPlanSchema),
    }),
  ),
  addOns: z.array(
    z.object({
      id: z.string(),
      slug: z.string(),
      name: z.string(),
      description: z.string(),
      recurring: z.boolean(),
      planIds: z.array(z.string()),
      features,
      price: publicPriceSchema,
    }),
  ),
  bundles: z.array(
    z.object({
      id: z.string(),
      slug: z.string(),
      name: z.string(),
      tokens: z.number().int(),
      price: publicPriceSchema,
    }),
  ),
});
export type PublicCatalogue = z.infer<typeof publicCatalogueSchema>;
