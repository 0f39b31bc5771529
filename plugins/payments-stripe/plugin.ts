import { definePlugin } from "@tillbox/plugin-sdk";
import { missingStripeEnv } from "./server/env";
import { createStripeProvider } from "./server/provider";
import { STRIPE_PROVIDER_KEY, stripeSettingsSchema } from "./server/settings";

export default definePlugin({
  slug: "payments-stripe",
  name: "Stripe",
  version: "1.0.0",
  description: "Card payments through Stripe: Checkout Sessions with 3-D Secure, saved cards charged off-session for renewals, refunds, signed webhooks.",
  dependsOn: [],
  permissions: { "payments-stripe:read": "See whether Stripe keys are configured (never the keys)" },
  settings: stripeSettingsSchema,
  paymentProvider: { key: STRIPE_PROVIDER_KEY, create: () => createStripeProvider() },
  hooks: {
    // Offering Stripe without keys would fail every checkout: stay in `error`, naming what is missing.
    onEnable() {
      const missing = missingStripeEnv();
      if (missing.length > 0) throw new Error(`Set ${missing.join(" and ")} in the environment, restart, then enable Stripe.`);
    },
  },
});
