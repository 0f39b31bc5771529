import { definePlugin } from "@tillbox/plugin-sdk";
import { stripeUnavailableReason } from "./server/env";
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
  paymentProvider: {
    key: STRIPE_PROVIDER_KEY,
    create: () => createStripeProvider(),
    // Without keys the plugin still enables (a fresh install isn't an error); checkout just doesn't offer it.
    unavailableReason: stripeUnavailableReason,
  },
});
