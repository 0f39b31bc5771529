import { z } from "zod";

export const SANDBOX_SLUG = "payments-sandbox";
/** The provider key: payments store it, and webhooks arrive at /api/webhooks/sandbox. */
export const SANDBOX_PROVIDER_KEY = "sandbox";

/** Where the provider is offered (ProviderAvailability). Empty lists mean everywhere. */
export const sandboxSettingsSchema = z.object({
  countries: z
    .array(z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code such as DE"))
    .default([])
    .describe("Offer the sandbox only to customers in these countries (empty = everywhere)"),
  currencies: z
    .array(z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as EUR"))
    .default([])
    .describe("Offer the sandbox only for these currencies (empty = all)"),
});

export type SandboxSettings = z.output<typeof sandboxSettingsSchema>;
