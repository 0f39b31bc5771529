import { z } from "zod";

export const PAYPAL_SLUG = "payments-paypal";
/** The provider key: payments store it, and PayPal posts webhooks to /api/webhooks/paypal. */
export const PAYPAL_PROVIDER_KEY = "paypal";

/** No credentials here: PAYPAL_CLIENT_ID/SECRET and PAYPAL_WEBHOOK_ID come from env. Empty = everywhere. */
export const paypalSettingsSchema = z.object({
  countries: z
    .array(z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code such as DE"))
    .default([])
    .describe("Offer PayPal only to customers in these countries (empty = everywhere)"),
  currencies: z
    .array(z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as EUR"))
    .default([])
    .describe("Offer PayPal only for these currencies (empty = all)"),
  brandName: z.string().max(127).default("").describe("Shop name shown on PayPal's approval page (empty = your PayPal account's name)"),
});

export type PaypalSettings = z.output<typeof paypalSettingsSchema>;
