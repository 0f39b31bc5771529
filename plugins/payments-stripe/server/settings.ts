import { z } from "zod";

export const STRIPE_SLUG = "payments-stripe";
/** The provider key: payments store it, and Stripe posts webhooks to /api/webhooks/stripe. */
export const STRIPE_PROVIDER_KEY = "stripe";

/** No keys here: STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET come from env. Empty = everywhere. */
export const stripeSettingsSchema = z.object({
  countries: z
    .array(z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code such as DE"))
    .default([])
    .describe("Offer Stripe only to customers in these countries (empty = everywhere)"),
  currencies: z
    .array(z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as EUR"))
    .default([])
    .describe("Offer Stripe only for these currencies (empty = all)"),
});

export type StripeSettings = z.output<typeof stripeSettingsSchema>;
